import { describe, expect, it } from "vitest";
import { fillLetter, letterFileName, parseLetterBody } from "@/tools";
import { loadRealToolkit } from "../helpers/real-toolkit";

describe("parseLetterBody", () => {
  it("splits text and placeholders, spaces inside braces allowed", () => {
    const parsed = parseLetterBody("你好，{{name}}。编号{{ loan_id }}，再次：{{name}}");
    expect(parsed.keys).toEqual(["name", "loan_id"]);
    expect(parsed.segments).toEqual([{ text: "你好，" }, { key: "name" }, { text: "。编号" }, { key: "loan_id" }, { text: "，再次：" }, { key: "name" }]);
    expect(parsed.malformed).toEqual([]);
  });

  it("reports bad keys and stray braces", () => {
    expect(parseLetterBody("{{姓名}}").malformed).toEqual(["{{姓名}}"]);
    expect(parseLetterBody("你好 {{name} 再见").malformed).toHaveLength(1);
    expect(parseLetterBody("你好 name}} 再见").malformed).toHaveLength(1);
  });
});

describe("fillLetter", () => {
  const template = {
    segments: parseLetterBody("致{{lender}}：\n我是{{name}}。").segments,
    placeholders: [
      { key: "lender", label: "出借机构名称" },
      { key: "name", label: "你的姓名" },
    ],
  };

  it("puts typed values in and keeps labelled blanks for the rest", () => {
    expect(fillLetter(template, { name: " 张三 " })).toBe("致【出借机构名称】：\n我是张三。");
    expect(fillLetter(template, {})).toBe("致【出借机构名称】：\n我是【你的姓名】。");
  });

  it("does not interpret typed braces as placeholders", () => {
    expect(fillLetter(template, { name: "{{lender}}", lender: "甲公司" })).toBe("致甲公司：\n我是{{lender}}。");
  });

  it("makes a safe download name", () => {
    expect(letterFileName("投诉信（给监管部门）")).toBe("投诉信（给监管部门）.txt");
    expect(letterFileName('a/b:c*?"<>|')).toBe("abc.txt");
  });
});

describe("the real templates", () => {
  it("are the four letters the issue asks for, each with its blanks", async () => {
    const { templates } = await loadRealToolkit();
    expect(templates.map((t) => t.slug)).toEqual(["negotiate-repayment", "complaint-letter", "credit-objection", "stop-third-party"]);
    for (const template of templates) {
      const blank = fillLetter(template, {});
      for (const placeholder of template.placeholders) expect(blank).toContain(`【${placeholder.label}】`);
      expect(blank).not.toMatch(/\{\{|\}\}/);
    }
  });
});
