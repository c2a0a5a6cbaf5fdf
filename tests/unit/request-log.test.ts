import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRequestLogger, loggedPath, requestLoggerFromEnv, type RequestObserver } from "@/operations";
import { installRequestGuard } from "@/security/request-guard";

// Issue 17, must-be-true 4: structured request logs without personal data. A real HTTP server with
// the request guard (the one place that sees every request) and the logger as its observer.
describe("request log on a real HTTP server", () => {
  class LoggedServer extends http.Server {}
  const lines: string[] = [];
  const logger = createRequestLogger({ write: (line) => lines.push(line), instance: "web-3001" });
  const observers: RequestObserver[] = [(_server, req, res) => logger(req, res)];
  installRequestGuard(LoggedServer.prototype, ["127.0.0.1"], observers);
  const server = new LoggedServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.statusCode = req.url?.startsWith("/missing") ? 404 : 200;
      res.end("ok");
    });
  });
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const send = (method: string, path: string, headers: Record<string, string> = {}, body?: string) =>
    new Promise<number>((resolve, reject) => {
      const req = http.request({ host: "127.0.0.1", port, method, path, headers }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      });
      req.on("error", reject);
      req.end(body);
    });
  /** The lines written so far, once the server has finished writing the one for the last request. */
  const linesAfter = async (count: number) => {
    await expect.poll(() => lines.length).toBeGreaterThanOrEqual(count);
    return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  };

  it("writes one JSON line per request: time, method, path, status, duration, instance — and nothing personal", async () => {
    const personal = {
      address: "203.0.113.77",
      phone: "13812345678",
      cookie: "admin_session=secret-session-token-1234",
      userAgent: "Mozilla/5.0 (Linux; Android 14; Pixel 8) MicroMessenger/8.0.50 reader-device-xyz",
      body: "nickname=张三&body=我的身份证号码是110101199003074518",
    };
    lines.length = 0;
    const status = await send(
      "POST",
      `/search?q=${personal.phone}&name=${encodeURIComponent("张三")}#frag`,
      { "x-forwarded-for": personal.address, cookie: personal.cookie, "user-agent": personal.userAgent, "content-type": "application/x-www-form-urlencoded", referer: `https://help.example.cn/?phone=${personal.phone}` },
      personal.body,
    );
    expect(status).toBe(200);
    const [entry] = await linesAfter(1);
    expect(Object.keys(entry).sort()).toEqual(["durationMs", "instance", "method", "path", "status", "time"]);
    expect(entry).toMatchObject({ method: "POST", path: "/search", status: 200, instance: "web-3001" });
    expect(typeof entry.durationMs).toBe("number");
    expect(new Date(entry.time as string).toISOString()).toBe(entry.time);
    const line = lines[0];
    for (const value of [personal.address, "127.0.0.1", personal.phone, "secret-session-token", "admin_session", "MicroMessenger", "reader-device", "张三", "110101199003074518", "?", "frag"]) {
      expect(line, value).not.toContain(value);
    }
  });

  it("logs requests the guard refuses (405, 400) and every status, one line each", async () => {
    lines.length = 0;
    expect(await send("TRACE", "/")).toBe(405);
    expect(await send("GET", "/articles/%ff/comments")).toBe(400);
    expect(await send("GET", "/missing-page")).toBe(404);
    const entries = await linesAfter(3);
    expect(entries.map((e) => [e.method, e.path, e.status])).toEqual([
      ["TRACE", "/", 405],
      ["GET", "/articles/%ff/comments", 400],
      ["GET", "/missing-page", 404],
    ]);
  });

  it("a phone or ID number typed into the path itself is not logged", async () => {
    lines.length = 0;
    await send("GET", "/missing/13812345678/110101199003074518");
    const [entry] = await linesAfter(1);
    expect(entry.path).toBe("/missing/#/#");
  });
});

describe("loggedPath and REQUEST_LOG", () => {
  it("keeps short ids, cuts the query string and very long paths", () => {
    expect(loggedPath("/api/comments/123/helpful?x=1")).toBe("/api/comments/123/helpful");
    expect(loggedPath(`/${"a".repeat(500)}`)).toHaveLength(201);
  });

  it("REQUEST_LOG=off turns the log off; unset turns it on", () => {
    expect(requestLoggerFromEnv({ REQUEST_LOG: "off" })).toBeUndefined();
    expect(requestLoggerFromEnv({})).toBeTypeOf("function");
  });
});
