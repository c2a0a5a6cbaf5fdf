import { describe, expect, it } from "vitest";
import { sectionLink } from "@/components/section-link";

describe("sectionLink", () => {
  it("keeps a Chinese heading id readable, not percent-encoded", () => {
    expect(sectionLink("https://example.cn/articles/emergency-contact-no-repay", "为什么紧急联系人不用还钱")).toBe(
      "https://example.cn/articles/emergency-contact-no-repay#为什么紧急联系人不用还钱",
    );
  });

  it("drops the query and the fragment of the address the reader is on", () => {
    expect(sectionLink("http://127.0.0.1:3204/articles/a?from=wechat#%E6%97%A7", "新的一节")).toBe("http://127.0.0.1:3204/articles/a#新的一节");
  });
});
