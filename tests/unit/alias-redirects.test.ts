import { getRedirectUrl, unstable_getResponseFromNextConfig } from "next/experimental/testing/server";
import { beforeAll, describe, expect, it } from "vitest";
import { makeContent } from "../helpers/content-fixture";

// The real next.config.ts, run through Next's own routing of redirects(), with a fixture content/ holding an alias.
beforeAll(() => {
  const { contentDir } = makeContent({
    "new-name": { data: { aliases: ["old-name", "older-name"] } },
    "other-article": {},
  });
  process.env.CONTENT_DIR = contentDir;
});

async function responseFor(pathname: string) {
  const { default: nextConfig } = await import("../../next.config");
  return unstable_getResponseFromNextConfig({ url: `https://help.example.cn${pathname}`, nextConfig });
}

describe("aliases redirect to the current slug", () => {
  it("an old slug answers 308 with the new URL", async () => {
    for (const alias of ["old-name", "older-name"]) {
      const response = await responseFor(`/articles/${alias}`);
      expect(response.status).toBe(308);
      expect(getRedirectUrl(response)).toBe("https://help.example.cn/articles/new-name");
    }
  });

  it("the current slug and other articles are not redirected", async () => {
    for (const slug of ["new-name", "other-article"]) {
      const response = await responseFor(`/articles/${slug}`);
      expect(getRedirectUrl(response)).toBeNull();
      expect(response.status).toBe(200);
    }
  });
});
