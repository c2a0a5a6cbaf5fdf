import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/content";

describe("renderMarkdown", () => {
  it("gives h2/h3 stable ids from Chinese text and a visible anchor link", async () => {
    const { html, headings } = await renderMarkdown("## 紧急联系人要替我还钱吗？\n\n不用。\n\n### 保证人是谁\n\n文字");
    expect(headings).toEqual([
      { depth: 2, id: "紧急联系人要替我还钱吗", text: "紧急联系人要替我还钱吗？" },
      { depth: 3, id: "保证人是谁", text: "保证人是谁" },
    ]);
    expect(html).toContain('<h2 id="紧急联系人要替我还钱吗">');
    expect(html).toMatch(/<a href="#紧急联系人要替我还钱吗" class="heading-anchor" aria-label="本节链接：紧急联系人要替我还钱吗？">#<\/a>/);
  });

  it("keeps ids unique when two headings have the same text", async () => {
    const { headings } = await renderMarkdown("## 怎么办\n\n一\n\n## 怎么办\n\n二");
    expect(headings.map((h) => h.id)).toEqual(["怎么办", "怎么办-1"]);
  });

  it("strips scripts, event handlers and javascript: URLs", async () => {
    const { html } = await renderMarkdown(
      '<script>alert(1)</script>\n\n<img src="x" onerror="alert(1)">\n\n[点我](javascript:alert(1))',
    );
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
  });

  it("external links get rel=noopener noreferrer, internal ones do not", async () => {
    const { html, links } = await renderMarkdown("[官网](https://www.pbccrc.org.cn) 和 [站内](/articles/a)");
    expect(html).toContain('<a href="https://www.pbccrc.org.cn" rel="noopener noreferrer">官网</a>');
    expect(html).toContain('<a href="/articles/a">站内</a>');
    expect(links).toEqual(["https://www.pbccrc.org.cn", "/articles/a"]);
  });

  it("marks a 误区 blockquote as a myth correction", async () => {
    const { html } = await renderMarkdown("> **误区**：说法不对。");
    expect(html).toContain('<blockquote class="myth-correction">');
  });

  it("renders GFM tables", async () => {
    const { html } = await renderMarkdown("| 天数 | 情况 |\n| --- | --- |\n| 1 | 提醒 |");
    expect(html).toContain("<table>");
  });

  it("gives a table's plain text one line per row, header first, cells separated by ｜ (never run together)", async () => {
    const { sections } = await renderMarkdown("开头。\n\n| 天数 | 情况 |\n| --- | --- |\n| 逾期 1–30 天 | 提醒、**罚息** |\n| 90 天以后 | 可能被起诉 |");
    expect(sections[0].text).toBe("开头。\n天数｜情况\n逾期 1–30 天｜提醒、罚息\n90 天以后｜可能被起诉");
  });

  it("splits plain text into sections by heading", async () => {
    const { sections } = await renderMarkdown("开头。\n\n## 第一节\n\n内容一\n\n## 第二节\n\n内容二");
    expect(sections).toEqual([
      { headingId: null, heading: null, text: "开头。" },
      { headingId: "第一节", heading: "第一节", text: "内容一" },
      { headingId: "第二节", heading: "第二节", text: "内容二" },
    ]);
  });
});
