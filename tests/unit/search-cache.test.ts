import { describe, expect, it } from "vitest";
import { SEARCH_ANSWER_CACHE, searchAnswerCacheControl, searchAnswerUrl } from "../../src/search";

const maxAge = (header: string, name: string) => Number(new RegExp(`${name}=(\\d+)`).exec(header)?.[1]);

describe("/api/search answers and deploys", () => {
  it("puts the build's search-index version in the header box's URL, so a new build asks a new URL", () => {
    expect(searchAnswerUrl("罚息 怎么算", "0123abcdef")).toBe("/api/search?q=%E7%BD%9A%E6%81%AF%20%E6%80%8E%E4%B9%88%E7%AE%97&v=0123abcdef");
    expect(searchAnswerUrl("罚息", "0123abcdef")).not.toBe(searchAnswerUrl("罚息", "fedcba3210"));
  });

  it("lets shared caches keep an answer long only for the version this server holds", () => {
    const current = searchAnswerCacheControl("0123abcdef", "0123abcdef");
    expect(current).toBe(SEARCH_ANSWER_CACHE.current);
    expect(maxAge(current, "s-maxage")).toBeGreaterThanOrEqual(3600);
    // A page from before the deploy, a request without a version, or an instance not yet upgraded: a minute at most.
    for (const asked of ["fedcba3210", null, undefined, ""]) {
      const other = searchAnswerCacheControl(asked, "0123abcdef");
      expect(maxAge(other, "s-maxage"), String(asked)).toBeLessThanOrEqual(60);
      expect(maxAge(other, "max-age"), String(asked)).toBeLessThanOrEqual(60);
    }
  });
});
