import { describe, expect, it } from "vitest";
import { LOCAL_SITE_URL, checkBuildAddress, isLocalOnlyHost, isLoopbackHost, planStart, readSiteUrl, shareUrlForPage, siteUrlFromEnv } from "@/sharing";

describe("reading SITE_URL", () => {
  it("unset or blank is the local default; a trailing slash is dropped; a base path is kept", () => {
    expect(readSiteUrl(undefined)).toEqual({ ok: true, url: LOCAL_SITE_URL, given: false, local: true });
    expect(readSiteUrl("  ")).toMatchObject({ ok: true, url: LOCAL_SITE_URL, given: false });
    expect(readSiteUrl("https://help.example.cn/")).toEqual({ ok: true, url: "https://help.example.cn", given: true, local: false });
    expect(readSiteUrl("https://example.cn/help//")).toMatchObject({ url: "https://example.cn/help", local: false });
  });

  it("loopback and unspecified hosts are local-only; LAN addresses and domains are not", () => {
    for (const url of ["http://localhost:3000", "http://127.0.0.1:8080", "http://[::1]:3000", "http://0.0.0.0:3000", "http://app.localhost"]) {
      expect(readSiteUrl(url), url).toMatchObject({ ok: true, local: true });
    }
    for (const url of ["http://192.168.1.20:3000", "https://help.example.cn", "http://10.0.0.5"]) {
      expect(readSiteUrl(url), url).toMatchObject({ ok: true, local: false });
    }
    // To listen on, 0.0.0.0 and :: mean every interface: not loopback.
    expect(isLoopbackHost("0.0.0.0")).toBe(false);
    expect(isLoopbackHost("::")).toBe(false);
    expect(isLoopbackHost("127.0.0.1")).toBe(true);
    expect(isLocalOnlyHost("0.0.0.0")).toBe(true);
  });

  it("anything but an absolute http(s) address is refused with a reason in Chinese and English", () => {
    for (const raw of ["help.example.cn", "ftp://help.example.cn", "https://help.example.cn/?a=1", "https://user:pw@help.example.cn"]) {
      const reading = readSiteUrl(raw);
      expect(reading.ok, raw).toBe(false);
    }
    expect(() => siteUrlFromEnv("help.example.cn")).toThrow(/SITE_URL="help\.example\.cn" 无效：.*not an absolute URL/s);
    expect(siteUrlFromEnv("https://help.example.cn/")).toBe("https://help.example.cn");
  });
});

describe("at build", () => {
  it("a real address builds quietly", () => {
    expect(checkBuildAddress({ siteUrl: "https://help.example.cn", nodeEnv: "production" })).toEqual({
      level: "ok",
      siteUrl: "https://help.example.cn",
      message: [],
    });
  });

  it("no SITE_URL on a local build: a loud warning naming SITE_URL, the build goes on", () => {
    const verdict = checkBuildAddress({ siteUrl: undefined, nodeEnv: undefined });
    expect(verdict.level).toBe("warn");
    expect(verdict.siteUrl).toBe(LOCAL_SITE_URL);
    const text = verdict.message.join("\n");
    expect(text).toContain("SITE_URL 没有设置");
    expect(text).toContain("SITE_URL is not set");
  });

  it("NODE_ENV=production without a real address is refused, also with a localhost SITE_URL", () => {
    for (const siteUrl of [undefined, "", "http://localhost:3000", "http://127.0.0.1"]) {
      const verdict = checkBuildAddress({ siteUrl, nodeEnv: "production" });
      expect(verdict.level, String(siteUrl)).toBe("refuse");
      expect(verdict.message.join("\n")).toMatch(/拒绝.*SITE_URL[\s\S]*Refused.*SITE_URL/);
    }
  });

  it("an invalid SITE_URL is refused even for a local build", () => {
    expect(checkBuildAddress({ siteUrl: "help.example.cn", nodeEnv: undefined }).level).toBe("refuse");
  });
});

describe("at start", () => {
  const fresh = { siteUrl: undefined, builtSiteUrl: undefined, nodeEnv: undefined, host: undefined };

  it("a fresh machine with no configuration: build, then serve on 127.0.0.1 only", () => {
    const plan = planStart(fresh);
    expect(plan).toMatchObject({ level: "info", siteUrl: LOCAL_SITE_URL, rebuild: true, host: "127.0.0.1" });
  });

  it("an existing local build is served again without rebuilding", () => {
    expect(planStart({ ...fresh, builtSiteUrl: LOCAL_SITE_URL })).toMatchObject({ level: "info", rebuild: false, host: "127.0.0.1" });
  });

  it("a local build may not listen on other interfaces, nor run as production", () => {
    const exposed = planStart({ ...fresh, builtSiteUrl: LOCAL_SITE_URL, host: "0.0.0.0" });
    expect(exposed.level).toBe("refuse");
    expect(exposed.message.join("\n")).toMatch(/HOST=0\.0\.0\.0[\s\S]*SITE_URL/);
    expect(planStart({ ...fresh, builtSiteUrl: LOCAL_SITE_URL, host: "::" }).level).toBe("refuse");
    expect(planStart({ ...fresh, builtSiteUrl: LOCAL_SITE_URL, nodeEnv: "production" }).level).toBe("refuse");
    // Loopback hosts are still local use.
    expect(planStart({ ...fresh, builtSiteUrl: LOCAL_SITE_URL, host: "localhost" })).toMatchObject({ level: "info", host: "localhost" });
  });

  it("a build with a real address is served on every interface, also without SITE_URL at start", () => {
    const plan = planStart({ ...fresh, builtSiteUrl: "https://help.example.cn", nodeEnv: "production" });
    expect(plan).toEqual({ level: "ok", siteUrl: "https://help.example.cn", rebuild: false, host: undefined, message: [] });
  });

  it("a SITE_URL other than the build's rebuilds; the same one does not", () => {
    expect(planStart({ ...fresh, siteUrl: "https://help.example.cn", builtSiteUrl: LOCAL_SITE_URL, host: "0.0.0.0" })).toMatchObject({
      level: "ok",
      rebuild: true,
      host: "0.0.0.0",
    });
    expect(planStart({ ...fresh, siteUrl: "https://help.example.cn/", builtSiteUrl: "https://help.example.cn" }).rebuild).toBe(false);
  });
});

describe("in the reader's browser", () => {
  it("a real canonical address is what is copied and encoded, wherever the page was opened", () => {
    expect(shareUrlForPage("https://help.example.cn/articles/a", "http://10.0.0.5:3000/articles/a?x=1#s")).toBe("https://help.example.cn/articles/a");
  });

  it("a local-only canonical address is replaced by the origin the reader is on, keeping the canonical path", () => {
    expect(shareUrlForPage("http://localhost:3000/articles/a", "https://help.example.cn/articles/a?utm=1#part")).toBe(
      "https://help.example.cn/articles/a",
    );
    expect(shareUrlForPage("http://localhost:3000/articles/a", "http://127.0.0.1:4000/articles/a")).toBe("http://127.0.0.1:4000/articles/a");
  });
});
