import { describe, expect, it } from "vitest";
import { analyze, foldText } from "../../src/search";
import { foldChar } from "../../src/search/analyze";
import { traditionalToSimplifiedTable } from "../../src/search/node";

const t2s = traditionalToSimplifiedTable();

describe("search analyzer (one tokenizer for index and query)", () => {
  it("folds full-width to half-width, upper to lower case and 繁体 to 简体, keeping length", () => {
    expect(foldText("ＡＢＣ１２３７８", t2s)).toBe("abc12378");
    expect(foldText("緊急聯絡人", t2s)).toBe("紧急联络人");
    expect(foldText("借唄逾期", t2s)).toBe("借呗逾期");
    const mixed = "Ｚfb個人徵信";
    expect([...foldText(mixed, t2s)].length).toBe([...mixed].length);
  });

  it("folds a whole text exactly as character by character (the fast path copies unchanged runs)", () => {
    const oneByOne = (text: string) => [...text].map((char) => foldChar(char, t2s)).join("");
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const samples = ["緊急聯絡人，ＡＢＣ１２３ abc XYZ 😀 \ud800x \udc00 ﬁ Ⅻ 罰息？", "逾期 1–30 天｜提醒", "", "\ud83d", "İstanbul ß 𠀀"];
    for (let i = 0; i < 5000; i++) samples.push(Array.from({ length: Math.floor(next() * 8) }, () => String.fromCharCode(Math.floor(next() * 0x10000))).join(""));
    for (const text of samples) expect(foldText(text, t2s), JSON.stringify(text)).toBe(oneByOne(text));
  });

  it("emits CJK bigrams so recall does not depend on word segmentation", () => {
    const tokens = analyze("紧急联系人", t2s);
    for (const bigram of ["紧急", "急联", "联系", "系人"]) expect(tokens).toContain(bigram);
    // The query "联系人" shares bigrams with the text whatever the segmenter does.
    expect(analyze("联系人", t2s).filter((token) => tokens.includes(token)).length).toBeGreaterThan(0);
  });

  it("keeps ASCII words and numbers, drops punctuation and emoji", () => {
    expect(analyze("拨打 12378 投诉！", t2s)).toEqual(expect.arrayContaining(["12378", "投诉"]));
    expect(analyze("😀😀 ！？", t2s)).toEqual([]);
    expect(analyze("<script>alert(1)</script>", t2s)).toEqual(["script", "alert", "1", "script"]);
  });

  it("indexes a lone character so a one-character query can match", () => {
    expect(analyze("罚", t2s)).toEqual(["罚"]);
  });
});
