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
    // Readers use the advertisers' words when they ask about them.
    "催收说可以停息挂账，是真的吗？",
    "有人加我说能帮我停息挂账，要先交服务费，是骗子吗？",
    "催收私信我说要起诉我，怎么办？",
    "催收一直联系我，说可以停息挂账、债务优化，能信吗？",
    "催收说要联系我家人，我该怎么办",
    "平台客服说会联系我，让我等通知",
    "有个自称专业团队的人说包成功，可信吗？",
    "对方说包成功，要收我两千块",
    "代理协商靠谱吗？",
    "自己协商的成功率高吗？",
    "催收在QQ上发我照片，能报警吗？",
    "催收打电话，找我要钱",
    "我在 https://www.nfra.gov.cn 上投诉了，多久有回复？",
    "我在www.nfra.gov.cn上投诉了",
    "会坐牢吗",
  ])("an ordinary question is published: %s", (text) => {
    expect(reasonsFor(text)).toEqual([]);
  });

  it.each([
    ["专业团队处理网贷逾期，停息挂账，不成功不收费，有需要的朋友私信我", ["scam-offer"]],
    ["本工作室帮你协商个性化分期，成功率95%，V：debt_help88", ["scam-offer", "contact-handle"]],
    ["停息挂账找我，免费评估", ["scam-offer"]],
    ["想上岸的兄弟加我详聊", ["scam-offer"]],
    ["逾期上岸，代理协商，停息挂账，征信修复", ["scam-offer"]],
    ["我们这边可以帮你申请停催，当天见效", ["scam-offer"]],
    ["前期不收费，先协商后付款，薇信 sa8888", ["scam-offer", "contact-handle"]],
    ["协商还款 telegram @shangan888", ["contact-handle"]],
    ["网贷逾期的看过来 vx：shangan_2026", ["contact-handle"]],
    ["上岸攻略 www.xieshang.vip www.xieshang.vip", ["link"]],
    ["官方渠道 nfra.gov.cn.xieshang.top 一键协商", ["link"]],
  ])("a real-looking advert is held: %s", (text, reasons) => {
    expect(reasonsFor(text)).toEqual(expect.arrayContaining(reasons));
  });

  it("the same text seen recently is held as repeated", () => {
    expect(reasonsFor("我也是同样的情况", 1)).toEqual(["repeated-text"]);
  });

  it("fingerprints ignore spacing, punctuation and case", () => {
    expect(fingerprintText("我也是 同样的情况！！ OK")).toBe(fingerprintText("我也是同样的情况ok"));
  });
});

// Issue 17, finding 6: the same adverts, dressed to get past the checks.
describe("scam and duplicate checks see through disguises", () => {
  it.each([
    ["專業代理協商，停息掛賬，成功率高", "scam-offer"], // 繁体
    ["专\u00ad业代\u00ad理协商，停\u2060息挂\u2060账，成\u200b功率高", "scam-offer"], // soft hyphens, word joiners
    ["专 业 团 队 帮 你 协 商", "scam-offer"], // spaced out
    ["我們團隊可以幫你協商停息掛賬", "scam-offer"],
    ["有问题➕V abc12345", "contact-handle"],
    ["停息挂账 ➕微 详聊", "contact-handle"],
    ["看 xieshang点com 了解", "link"],
    ["访问 xieshang 点 top", "link"],
    ["shangan dot vip 免费评估", "link"],
    ["网址 xieshang。cn", "link"],
    ["ｘｉｅｓｈａｎｇ．ｃｏｍ 了解", "link"],
  ])("%s → %s", (text, reason) => {
    expect(reasonsFor(text)).toContain(reason);
  });

  it.each(["我有一点担心，催收会不会上门？", "点击链接前要小心吗？", "催收说加我微信是真的吗？", "我们家的情况：欠了一万三"])(
    "no new hold for an ordinary text: %s",
    (text) => expect(reasonsFor(text)).toEqual([]),
  );

  it("the same text with a counter, in 繁体 or with invisible characters, has one fingerprint", () => {
    const advert = "专业停息挂账，不成功不收费，有需要的私信我";
    const fingerprint = fingerprintText(advert);
    for (const variant of [`${advert} 17`, `${advert}（18）`, `#19 ${advert}`, `20. ${advert}`, "專業停息掛賬，不成功不收費，有需要的私信我", "专业停\u00ad息挂账，不成功不收费，有需要的私\u2060信我"]) {
      expect(fingerprintText(variant), variant).toBe(fingerprint);
    }
  });

  it("a different number inside a reader's story is a different comment", () => {
    expect(fingerprintText("逾期3个月了怎么办")).not.toBe(fingerprintText("逾期5个月了怎么办"));
    expect(fingerprintText("12345")).not.toBe(fingerprintText("12346"));
  });
});

describe("reserved nicknames", () => {
  const ok = { article: "some-article", body: "紧急联系人要还钱吗？" };
  it.each(["官方", "管理员", "站长", "逾期帮助中心官方", "逾期帮助中心", "管 理 员", "網站管理員", "官方客服", "ADMIN", "Ａｄｍｉｎ", "官\u00ad方", "小编"])(
    "refuses %s with a Chinese 400 on the nickname",
    (nickname) => {
      try {
        parseOrThrow(newCommentSchema, { ...ok, nickname });
        expect.unreachable("should have thrown");
      } catch (error) {
        expect(error).toBeInstanceOf(CommentError);
        expect((error as CommentError).status).toBe(400);
        expect((error as CommentError).field).toBe("nickname");
        expect((error as CommentError).message).toContain("昵称不能用");
      }
    },
  );

  it.each(["小王", "匿名网友", "一个紧急联系人", "老李"])("accepts %s", (nickname) => {
    expect(parseOrThrow(newCommentSchema, { ...ok, nickname }).nickname).toBe(nickname);
  });
});

describe("validation", () => {
  const ok = { article: "some-article", body: "紧急联系人要还钱吗？" };

  it("fills in the default nickname and trims", () => {
    const parsed = parseOrThrow(newCommentSchema, { ...ok, nickname: "   " });
    expect(parsed.nickname).toBe("匿名网友");
    expect(parseOrThrow(newCommentSchema, { ...ok, nickname: " 小王 " }).nickname).toBe("小王");
  });

  it.each(["会坐牢吗", "怎么办", "上征信吗？"])("accepts a short real question: %s", (body) => {
    expect(parseOrThrow(newCommentSchema, { ...ok, body }).body).toBe(body);
  });

  it.each([
    [{ ...ok, body: "短" }, "body", "至少"],
    [{ ...ok, body: "？？？？？！" }, "body", "至少"],
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
    // Soft hyphens and word joiners would split a phone number past the masker.
    expect(maskPersonalData(cleanText("138\u00ad1234\u20605678")).masked).toEqual(["phone"]);
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
