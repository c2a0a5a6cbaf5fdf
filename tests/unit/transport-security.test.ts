import { describe, expect, it } from "vitest";
import { sessionCookie } from "@/comments/http";
import { HSTS_VALUE, SECURITY_HEADERS, securityHeadersFor } from "@/security/csp";

// Issue 17, finding 9: no HSTS, and the cookie's Secure flag followed X-Forwarded-Proto (a header any
// client can send when no proxy sets it). Both now follow the site's own address, SITE_URL.

describe("Strict-Transport-Security from SITE_URL", () => {
  it("is sent when the site's address is https", () => {
    expect(securityHeadersFor("https://help.example.cn")).toContainEqual({ key: "Strict-Transport-Security", value: HSTS_VALUE });
    expect(HSTS_VALUE).toMatch(/^max-age=\d{8}$/);
  });

  it("is not sent for an http address (local use), which keeps the other headers", () => {
    const headers = securityHeadersFor("http://localhost:3000");
    expect(headers.map((h) => h.key)).not.toContain("Strict-Transport-Security");
    expect(headers).toEqual(SECURITY_HEADERS);
  });
});

describe("session cookie Secure from SITE_URL", () => {
  it("is Secure for an https site", () => {
    expect(sessionCookie("s", "v", 60, "https://help.example.cn")).toMatch(/; Secure$/);
  });

  it("is not Secure for an http site, whatever X-Forwarded-Proto a client sends", () => {
    const cookie = sessionCookie("s", "v", 60, "http://localhost:3000");
    expect(cookie).not.toContain("Secure");
    expect(cookie).toContain("HttpOnly; SameSite=Strict");
  });

  it("reads SITE_URL when not given", () => {
    const saved = process.env.SITE_URL;
    try {
      process.env.SITE_URL = "https://help.example.cn";
      expect(sessionCookie("s", "v", 60)).toContain("Secure");
      process.env.SITE_URL = "http://localhost:3000";
      expect(sessionCookie("s", "v", 60)).not.toContain("Secure");
    } finally {
      if (saved === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = saved;
    }
  });
});
