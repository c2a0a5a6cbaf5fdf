import { describe, expect, it } from "vitest";
import { cleanText, feedbackSchema, fingerprintText, holdReasons, listQuerySchema, maskPersonalData, newCommentSchema, parseOrThrow, CommentError } from "@/comments";

function reasonsFor(text: string, recentDuplicates = 0) {
  const masked = maskPersonalData(text);
  return holdReasons({ text: masked.text, masked: masked.masked, recentDuplicates });
}

describe("spam and scam signals", () => {
  it.each([
    ["专业代理协商，停息挂账，成功率高", "scam-offer"],
    ["我们团队可以帮你协商停息挂账", "scam-offer"],
    ["征信修复，包成功", "scam-offer"],
    ["有需要的私聊我", "scam-offer"],
    ["有问题加V abc12345", "contact-handle"],
    ["联系电话13812345678", "contact-handle"],
    ["看这里 https://example.com/x", "link"],
    ["访问 www.xieshang.vip 了解", "link"],
    ["去 debt-help.top 看看", "link"],
    ["啊啊啊啊啊啊啊啊啊啊", "repeated-text"],
    ["救命救命救命救命救命救命", "repeated-text"],
  ])("%s → %s", (text, reason) => {
    expect(reasonsFor(text)).toContain(reason);
  });

  it.each([
    "紧急联系人真的不用替我还钱吗？",
    "我自己打电话和平台协商了分期，成功了",
    "催收说要上门，是真的吗？我好害怕",
    "借呗逾期三个月了，征信已经有记录",
  ])("an ordinary question is published: %s", (text) => {
    expect(reasonsFor(text)).toEqual([]);
  });

  it("the same text seen recently is held as repeated", () => {
    expect(reasonsFor("我也是同样的情况", 1)).toEqual(["repeated-text"]);
  });

  it("fingerprints ignore spacing, punctuation and case", () => {
    expect(fingerprintText("我也是 同样的情况！！ OK")).toBe(fingerprintText("我也是同样的情况ok"));
  });
});

describe("validation", () => {
  const ok = { article: "some-article", body: "紧急联系人要还钱吗？" };

  it("fills in the default nickname and trims", () => {
    const parsed = parseOrThrow(newCommentSchema, { ...ok, nickname: "   " });
    expect(parsed.nickname).toBe("匿名网友");
    expect(parseOrThrow(newCommentSchema, { ...ok, nickname: " 小王 " }).nickname).toBe("小王");
  });

  it.each([
    [{ ...ok, body: "短" }, "body", "至少"],
    [{ ...ok, body: "字".repeat(801) }, "body", "最多 800"],
    [{ ...ok, body: 5 }, "body", "请填写留言内容"],
    [{ body: ok.body }, "article", "缺少文章标识"],
    [{ ...ok, article: "../etc/passwd" }, "article", "格式不对"],
    [{ ...ok, nickname: "名".repeat(21) }, "nickname", "最多 20"],
    [{ ...ok, idempotencyKey: "<bad key>" }, "idempotencyKey", "刷新页面"],
  ])("rejects %j at %s with a Chinese reason", (input, field, message) => {
    try {
      parseOrThrow(newCommentSchema, input);
      expect.unreachable("should have thrown");
    } catch (error) {
      expect(error).toBeInstanceOf(CommentError);
      expect((error as CommentError).status).toBe(400);
      expect((error as CommentError).field).toBe(field);
      expect((error as CommentError).message).toContain(message);
    }
  });

  it("never shows zod's English messages", () => {
    expect(() => parseOrThrow(newCommentSchema, "not an object")).toThrow("请求内容格式不对");
    expect(() => parseOrThrow(newCommentSchema, { ...ok, website: 5 })).toThrow(/[\u4e00-\u9fff]/);
  });

  it("strips control and bidi characters, keeps newlines", () => {
    expect(cleanText("a\u0000b\u202Ec\r\n\r\n\r\n\r\nd")).toBe("abc\n\nd");
  });

  it("list query: defaults and bad pages", () => {
    expect(parseOrThrow(listQuerySchema, { article: "a" })).toEqual({ article: "a", sort: "newest", page: 1 });
    expect(() => parseOrThrow(listQuerySchema, { article: "a", page: "0" })).toThrow("页码从 1 开始");
    expect(() => parseOrThrow(listQuerySchema, { article: "a", sort: "random" })).toThrow("排序只能是");
  });

  it("feedback: yes or no, reason optional", () => {
    expect(parseOrThrow(feedbackSchema, { article: "a", helpful: "no" })).toEqual({ article: "a", helpful: "no", reason: "" });
    expect(() => parseOrThrow(feedbackSchema, { article: "a", helpful: "maybe" })).toThrow("有帮助");
  });
});
