import { describe, expect, it } from "vitest";
import { renderMarkdown, splitHotlines } from "@/content";

const numbersIn = (text: string) => splitHotlines(text).flatMap((part) => ("hotline" in part ? [part.hotline] : []));

describe("hotline numbers become tap-to-call links", () => {
  it("finds each hotline standing alone in Chinese text, and the parts join back to the text", () => {
    const text = "先打12378投诉，再打12363；遇到危险打110或120，心理援助12356，核实诉讼12368。";
    expect(numbersIn(text)).toEqual(["12378", "12363", "110", "120", "12356", "12368"]);
    expect(splitHotlines(text).map((p) => ("text" in p ? p.text : p.hotline)).join("")).toBe(text);
  });

  it("leaves numbers inside dates, amounts, durations and longer numbers alone", () => {
    for (const text of ["2026-01-10", "逾期120天", "欠了120元", "1,120", "110.5", "第110条", "21100", "12378000", "2110年", "120%", "11月10日"]) {
      expect(numbersIn(text), text).toEqual([]);
    }
  });

  it("renders tel: links in the body, but not inside a heading or an existing link", async () => {
    const { html } = await renderMarkdown("## 打12378\n\n可以打12378，或[打110](https://example.cn)。逾期120天。");
    expect(html).toContain('<a href="tel:12378">12378</a>');
    expect(html.match(/tel:/g)).toHaveLength(1);
    expect(html).toContain("逾期120天");
  });
});
