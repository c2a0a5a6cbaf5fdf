import { describe, expect, it } from "vitest";
import { analyze, foldText } from "../../src/search";
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
