import { describe, expect, it } from "vitest";
import { createAdminAuth, crossSiteResponse, resolveAdminCredential, sameOrigin, type SessionRevocations } from "@/comments";

// Issue 17, finding 4: cross-site posts, password guessing, logout, weak passwords.
const post = (headers: Record<string, string>) => new Request("http://127.0.0.1:3000/api/comments", { method: "POST", headers: { host: "help.example.cn", ...headers } });

describe("sameOrigin", () => {
  it.each([
    [{ origin: "https://help.example.cn" }, true],
    [{ origin: "https://evil.example" }, false],
    [{ origin: "null" }, false],
    [{ origin: "https://help.example.cn.evil.example" }, false],
    [{ referer: "https://help.example.cn/articles/x" }, true],
    [{ referer: "https://evil.example/help.example.cn" }, false],
    [{ origin: "https://help.example.cn", "sec-fetch-site": "same-origin" }, true],
    [{ origin: "https://help.example.cn", "sec-fetch-site": "cross-site" }, false],
    [{ "sec-fetch-site": "same-site" }, false],
    [{}, true], // no browser posts without Origin: a script, which could send any Origin it liked
  ])("%j → %s", (headers, expected) => expect(sameOrigin(post(headers))).toBe(expected));

  it("answers a cross-site form with a Chinese 403 page and a script with JSON", async () => {
    const form = crossSiteResponse(post({ "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" }));
    expect(form.status).toBe(403);
    expect(await form.text()).toContain("来自其他网站");
    const script = crossSiteResponse(post({ "content-type": "application/json", origin: "https://evil.example" }));
    expect(script.status).toBe(403);
    expect((await script.json()).error).toContain("来自其他网站");
  });
});

// The admin login throttle (now in the database, shared by instances): tests/unit/login-throttle.test.ts.

describe("admin sessions", () => {
  it("logout revokes the token: a kept copy no longer works", async () => {
    const revoked = new Map<string, number>();
    const revocations: SessionRevocations = { revoke: async (id, expires) => void revoked.set(id, expires), isRevoked: async (id) => revoked.has(id) };
    const auth = createAdminAuth("a-long-enough-password", "secret", Date.now, revocations);
    const token = auth.createSession();
    const other = auth.createSession();
    expect(await auth.sessionIsLive(token)).toBe(true);
    await auth.endSession(token);
    expect(await auth.sessionIsLive(token)).toBe(false);
    expect(await auth.sessionIsLive(other)).toBe(true); // another moderator's session goes on
    expect([...revoked.values()][0]).toBeGreaterThan(Date.now()); // kept until the token would expire
    await auth.endSession("forged.token.value");
    expect(revoked.size).toBe(1); // nothing stored for a token that was never valid
  });
});

describe("ADMIN_PASSWORD strength", () => {
  it.each(["x", "short-pass1"])("a password under 12 characters (%s) keeps the back office shut with a clear message", (password) => {
    const credential = resolveAdminCredential({ DATA_DIR: "/nonexistent-never-written", ADMIN_PASSWORD: password });
    expect(credential.source).toBe("none");
    expect(credential.source === "none" && credential.problem).toMatch(/ADMIN_PASSWORD 太短.*至少要 12 位/);
  });

  it("12 characters are enough", () => {
    expect(resolveAdminCredential({ DATA_DIR: "/nonexistent-never-written", ADMIN_PASSWORD: "twelve-chars" })).toEqual({ source: "env", password: "twelve-chars" });
  });
});
