import fs from "node:fs";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, type CspManifest } from "@/security";

let manifest: CspManifest | null | undefined;

/** Hashes of prerendered pages' inline scripts, written by scripts/write-csp-manifest.ts after the build. */
function cspManifest(): CspManifest | null {
  if (manifest === undefined) {
    try {
      manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "csp-manifest.json"), "utf8")) as CspManifest;
    } catch {
      manifest = null;
      if (process.env.NODE_ENV === "production") console.warn("没有 .next/csp-manifest.json：预渲染页面的内联脚本会被 CSP 拦截。请用 npm run build 构建。");
    }
  }
  return manifest;
}

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const known = cspManifest();
  const pathname = request.nextUrl.pathname.replace(/\/+$/, "") || "/";
  // Unknown paths may be answered by the prerendered 404 page, so its hashes are always allowed.
  const scriptHashes = [...(known?.pages[pathname] ?? []), ...(known?.notFound ?? [])];
  const policy = contentSecurityPolicy({ nonce, scriptHashes, dev: process.env.NODE_ENV === "development" });

  // Next reads the nonce from the request's CSP header and puts it on the scripts it renders on demand.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)", missing: [{ type: "header", key: "next-router-prefetch" }] }],
};
