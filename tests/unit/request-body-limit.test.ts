import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { guardRequest, installRequestGuard, MAX_BODY_BYTES } from "@/security/request-guard";

// Issue 17, finding 7: Next's proxy buffered up to 10 MB per request before our 16 KB limit applied.
// The guard in front of the HTTP server refuses an oversized body before anyone reads it.

describe("guardRequest: body size", () => {
  it("refuses a declared body over the limit with 413 and a Chinese message; the limit itself passes", () => {
    expect(guardRequest("POST", "/api/comments", { "content-length": String(MAX_BODY_BYTES + 1) })).toMatchObject({ status: 413, message: expect.stringContaining("太大") });
    expect(guardRequest("POST", "/api/comments", { "content-length": String(10 * 1024 * 1024) })?.status).toBe(413);
    expect(guardRequest("POST", "/api/comments", { "content-length": String(MAX_BODY_BYTES) })).toBeUndefined();
  });

  it("refuses a streamed body of unknown length (chunked, no Content-Length) with 411", () => {
    expect(guardRequest("POST", "/api/comments", { "transfer-encoding": "chunked" })).toMatchObject({ status: 411, message: expect.stringContaining("Content-Length") });
  });
});

describe("body limit on a real HTTP server, before the handler buffers anything", () => {
  class GuardedServer extends http.Server {}
  installRequestGuard(GuardedServer.prototype, []);
  let handled = 0;
  let bufferedBytes = 0;
  // Like Next's proxy: read the whole body into memory, then answer.
  const server = new GuardedServer((req, res) => {
    handled++;
    req.on("data", (chunk: Buffer) => (bufferedBytes += chunk.length));
    req.on("end", () => res.end("handled"));
  });
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Raw HTTP over a socket: sends the head (and `body`), returns what the server answered. */
  function raw(head: string, body: Buffer | string = ""): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(port, "127.0.0.1");
      let answer = "";
      socket.setEncoding("utf8");
      socket.on("data", (chunk) => (answer += chunk));
      socket.on("close", () => resolve(answer));
      socket.on("error", (error) => (answer ? resolve(answer) : reject(error)));
      socket.write(head);
      if (body.length) socket.write(body);
      setTimeout(() => socket.end(), 500);
    });
  }

  it("a 10 MB Content-Length is answered 413 at once, the handler never runs and nothing is buffered", async () => {
    const before = { handled, bufferedBytes };
    const answer = await raw(
      `POST /api/comments HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${10 * 1024 * 1024}\r\n\r\n`,
      Buffer.alloc(256 * 1024, 0x61),
    );
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(/connection: close/i);
    expect(answer).toContain("提交的内容太大");
    expect(handled).toBe(before.handled);
    expect(bufferedBytes).toBe(before.bufferedBytes);
  });

  it("a chunked body without Content-Length is answered 411 and never reaches the handler", async () => {
    const before = { handled, bufferedBytes };
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const answer = await raw(
      "POST /api/comments HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
      Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from("\r\n")]),
    );
    expect(answer).toMatch(/^HTTP\/1\.1 411 /);
    expect(handled).toBe(before.handled);
    expect(bufferedBytes).toBe(before.bufferedBytes);
  });

  it("an ordinary post within the limit reaches the handler whole", async () => {
    const body = JSON.stringify({ body: "你好".repeat(100) });
    const before = bufferedBytes;
    const answer = await raw(`POST /api/comments HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`, body);
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer).toContain("handled");
    expect(bufferedBytes - before).toBe(Buffer.byteLength(body));
  });
});
