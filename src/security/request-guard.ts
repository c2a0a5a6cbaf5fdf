import { Server, type IncomingMessage, type ServerResponse } from "node:http";
import type { RequestObserver } from "@/operations/shutdown";
import { MAX_REQUEST_BYTES } from "@/comments/validate";
import { siteUrlFromEnv } from "@/sharing/site-address";
import { CLIENT_ADDRESS_HEADER, parseTrustedProxies, resolveClientAddress } from "./client-address";
import { securityHeadersFor } from "./csp";

/**
 * Requests Next cannot handle, answered before Next sees them. Next builds a web `Request` for the
 * proxy and for route handlers, and the web standard forbids TRACE, TRACK and CONNECT, so those
 * methods end in a bare 500; a malformed percent escape in a dynamic segment (`/articles/%ff`)
 * fails while decoding the route's params, again a bare 500 without our security headers.
 * The guard also records the client address from the socket (src/security/client-address.ts).
 */
export type GuardRejection = { status: 400 | 405 | 411 | 413; message: string; headers?: Record<string, string> };

/**
 * The largest request body any route of ours reads (comments, feedback, admin forms; beacons are
 * smaller). Checked here, before Next's proxy buffers the body (up to 10 MB per request, issue 17,
 * finding 7): a larger Content-Length is refused 413 without reading a byte of it, and a body
 * without Content-Length (chunked: a stream of unknown length) is refused 411, because every
 * form, fetch and sendBeacon of our pages sends Content-Length, and Node's parser never delivers
 * more bytes than a Content-Length declares, so no body past the limit is ever buffered.
 */
export const MAX_BODY_BYTES = MAX_REQUEST_BYTES;

/** The methods the site answers; every other method gets 405 (RFC 9110 §15.5.6) with Allow. */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "OPTIONS"] as const;

export function hasMalformedPercentEncoding(path: string): boolean {
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

export function guardRequest(
  method: string | undefined,
  url: string | undefined,
  headers: { "content-length"?: string; "transfer-encoding"?: string } = {},
  maxBodyBytes = MAX_BODY_BYTES,
): GuardRejection | undefined {
  if (!(ALLOWED_METHODS as readonly string[]).includes((method ?? "").toUpperCase())) {
    return { status: 405, message: "不支持这种请求方式。请用浏览器打开网页。", headers: { Allow: ALLOWED_METHODS.join(", ") } };
  }
  const path = (url ?? "/").split(/[?#]/)[0];
  if (hasMalformedPercentEncoding(path)) {
    return { status: 400, message: "网址里有无法识别的编码（% 后面应是两位十六进制数字）。请检查链接，或回到首页重新查找。" };
  }
  // NUL in the path reaches file and database lookups; no page of ours has one.
  if (/%00|\0/.test(path)) return { status: 400, message: "网址里有无效的字符。请检查链接，或回到首页重新查找。" };
  const limitKb = Math.floor(maxBodyBytes / 1024);
  const declared = headers["content-length"];
  if (declared !== undefined && Number(declared) > maxBodyBytes) {
    return { status: 413, message: `提交的内容太大（上限 ${limitKb} KB），请删减后再试。`, headers: { Connection: "close" } };
  }
  if (headers["transfer-encoding"] !== undefined && declared === undefined) {
    return { status: 411, message: "请求缺少内容长度（Content-Length）。请用网页上的表单提交。", headers: { Connection: "close" } };
  }
  return undefined;
}

function answer(res: ServerResponse, rejection: GuardRejection, method: string | undefined): void {
  const body = `${rejection.message}\n`;
  res.statusCode = rejection.status;
  for (const { key, value } of securityHeadersFor(siteUrlFromEnv(process.env.SITE_URL))) res.setHeader(key, value);
  res.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
  res.setHeader("Content-Type", "text/plain; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("Content-Length", Buffer.byteLength(body));
  for (const [key, value] of Object.entries(rejection.headers ?? {})) res.setHeader(key, value);
  res.end((method ?? "").toUpperCase() === "HEAD" ? undefined : body);
}

const INSTALLED = Symbol.for("overdue-help-center.request-guard");

/** Whether this process's HTTP servers resolve the client address (then the header is the only source). */
export function requestGuardInstalled(): boolean {
  return Boolean((globalThis as { [INSTALLED]?: boolean })[INSTALLED]);
}

/**
 * Puts the guard in front of every HTTP server of this process (Next's included, which exists
 * already when instrumentation runs: the prototype is patched, not the instance). Being the one
 * place that sees every request, it also hands each one to the observers (the request log, the
 * graceful shutdown: src/operations), before deciding, so refused requests are seen too.
 */
export function installRequestGuard(
  serverPrototype: Server = Server.prototype,
  trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXY),
  observers: readonly RequestObserver[] = [],
): void {
  const target = serverPrototype as Server & { [INSTALLED]?: boolean };
  if (target[INSTALLED]) return;
  target[INSTALLED] = true;
  if (serverPrototype === Server.prototype) (globalThis as { [INSTALLED]?: boolean })[INSTALLED] = true;
  const emit = target.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
  target.emit = function guardedEmit(this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const [req, res] = args as [IncomingMessage, ServerResponse];
      for (const observe of observers) observe(this, req, res);
      const rejection = guardRequest(req.method, req.url, req.headers as Record<string, string | undefined>);
      if (rejection) {
        if (rejection.status === 411 || rejection.status === 413) {
          // Not one byte of an oversized body is read: answer with Connection: close, and Node
          // closes the connection once the answer is out.
          req.pause();
        } else {
          // A small or empty body: let it drain so the connection stays usable.
          req.resume();
        }
        answer(res, rejection, req.method);
        return true;
      }
      // The one place that sees the socket: every route reads the client address from here.
      req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(req.socket?.remoteAddress, req.headers["x-forwarded-for"], trustedProxies);
    }
    return emit.call(this, event, ...args);
  } as Server["emit"];
}
