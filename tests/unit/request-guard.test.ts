import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { guardRequest, hasMalformedPercentEncoding, installRequestGuard } from "@/security/request-guard";

describe("guardRequest", () => {
  it.each(["TRACE", "TRACK", "CONNECT", "PROPFIND", "trace"])("refuses %s with 405, Allow and a Chinese message", (method) => {
    const rejection = guardRequest(method, "/");
    expect(rejection?.status).toBe(405);
    expect(rejection?.headers?.Allow).toBe("GET, HEAD, POST, OPTIONS");
    expect(rejection?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each(["/articles/%ff/comments", "/articles/%E0%A4%A/comments", "/topics/%", "/api/comments/%zz/helpful", "/a%00b"])("refuses the path %s with 400", (url) => {
    const rejection = guardRequest("GET", url);
    expect(rejection?.status).toBe(400);
    expect(rejection?.message).toMatch(/网址/);
  });

  it.each([
    ["GET", "/"],
    ["GET", "/articles/emergency-contact-no-repay"],
    ["GET", "/search?q=%E5%BE%81%E4%BF%A1"],
    ["GET", "/search?q=100%"], // the query string is Next's to read, leniently
    ["GET", "/articles/%E5%BE%81%E4%BF%A1"],
    ["HEAD", "/"],
    ["POST", "/api/comments"],
    ["OPTIONS", "/api/comments"],
  ])("lets %s %s through", (method, url) => expect(guardRequest(method, url)).toBeUndefined());

  it("knows a malformed escape from a good one", () => {
    expect(hasMalformedPercentEncoding("/%ff")).toBe(true);
    expect(hasMalformedPercentEncoding("/%E5%BE%81")).toBe(false);
  });
});

describe("installRequestGuard on a real HTTP server", () => {
  // A server class of its own, so the real http.Server prototype stays untouched for other tests.
  class GuardedServer extends http.Server {}
  installRequestGuard(GuardedServer.prototype, []);
  const server = new GuardedServer((req, res) => res.end(req.url === "/who" ? String(req.headers["x-client-address"]) : "handled"));
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const send = (method: string, path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      const req = http.request({ host: "127.0.0.1", port, method, path, headers }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on("error", reject);
      req.end();
    });

  it("answers TRACE itself: 405, security headers, Chinese text", async () => {
    const response = await send("TRACE", "/");
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe("GET, HEAD, POST, OPTIONS");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(response.body).toContain("不支持这种请求方式");
  });

  it("answers a malformed % itself with 400; good requests reach the server", async () => {
    expect((await send("GET", "/articles/%ff/comments")).status).toBe(400);
    expect(await send("GET", "/articles/x")).toMatchObject({ status: 200, body: "handled" });
  });

  it("records the socket address; a client's own X-Forwarded-For or X-Client-Address changes nothing", async () => {
    expect((await send("GET", "/who", { "x-forwarded-for": "1.2.3.4", "x-client-address": "5.6.7.8" })).body).toBe("127.0.0.1");
  });
});
