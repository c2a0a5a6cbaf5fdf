/**
 * The site's public address (SITE_URL) is baked into every shared link at build time: canonical,
 * og:url, sitemap, feed, JSON-LD, QR codes and the host on the share images. A build without it
 * uses http://localhost:3000, which is right on the machine that runs it and a dead link anywhere
 * else. These pure functions decide, at build, at start and in the reader's browser, whether that
 * address may be used; scripts/site-address.ts and scripts/start.mjs print and act on the verdict.
 * No node: imports, so the browser part (shareUrlForPage) can be bundled.
 */

/** The address of a build made without SITE_URL: `npm start` on a fresh machine. */
export const LOCAL_SITE_URL = "http://localhost:3000";

/** Hosts that reach only the machine itself. A server listening on one is private to it. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, "").replace(/\.$/, "");
  return host === "localhost" || host.endsWith(".localhost") || /^127(?:\.\d{1,3}){3}$/.test(host) || host === "::1" || host === "0:0:0:0:0:0:0:1";
}

/**
 * Addresses a link must not carry: loopback ones, and 0.0.0.0 / :: which name no machine at all
 * (to listen on, they mean every interface). Such a link opens nothing on the phone of the
 * family member it was sent to.
 */
export function isLocalOnlyHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  return isLoopbackHost(host) || host === "0.0.0.0" || host === "::" || host === "";
}

export type SiteUrlReading =
  | { ok: true; url: string; given: boolean; local: boolean }
  | { ok: false; given: true; raw: string; problem: string };

/**
 * SITE_URL as written by the operator → the site's address without a trailing slash.
 * Unset or blank means the local default; anything but an absolute http(s) address is refused.
 */
export function readSiteUrl(raw: string | undefined): SiteUrlReading {
  const text = raw?.trim() ?? "";
  if (text === "") return { ok: true, url: LOCAL_SITE_URL, given: false, local: true };
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return { ok: false, given: true, raw: text, problem: "不是完整的网址（要以 https:// 开头） / not an absolute URL (start it with https://)" };
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    return { ok: false, given: true, raw: text, problem: "只能是 http:// 或 https:// 网址 / must be an http:// or https:// address" };
  }
  if (parsed.search || parsed.hash || parsed.username || parsed.password) {
    return { ok: false, given: true, raw: text, problem: "不能带 ?查询、#锚点 或用户名密码 / must not carry a query, a fragment or credentials" };
  }
  const url = `${parsed.origin}${parsed.pathname}`.replace(/\/+$/, "");
  return { ok: true, url, given: true, local: isLocalOnlyHost(parsed.hostname) };
}

/** For site-config: the address to build with; an invalid SITE_URL stops the build with the reason. */
export function siteUrlFromEnv(raw: string | undefined): string {
  const reading = readSiteUrl(raw);
  if (!reading.ok) throw new Error(invalidMessage(reading).join("\n"));
  return reading.url;
}

export type VerdictLevel = "ok" | "info" | "warn" | "refuse";

export interface BuildVerdict {
  level: VerdictLevel;
  /** The address this build bakes in (LOCAL_SITE_URL when refused). */
  siteUrl: string;
  /** Lines to print, Chinese then English; empty when there is nothing to say. */
  message: string[];
}

export interface StartPlan extends BuildVerdict {
  /** Build first: there is no complete build, or it was made for another address. */
  rebuild: boolean;
  /** The interface to listen on; undefined = Next's default (every interface). */
  host: string | undefined;
}

/** A deployment says it is one by NODE_ENV=production (set by the operator, not by Next). */
const isProduction = (nodeEnv: string | undefined) => nodeEnv?.trim().toLowerCase() === "production";

const HOW_TO_SET = [
  "  设置方法 / How to set it:  SITE_URL=https://你的域名 npm run build   (或写进 .env.production / or put it in .env.production)",
];

function invalidMessage(reading: Extract<SiteUrlReading, { ok: false }>): string[] {
  return [`SITE_URL="${reading.raw}" 无效：${reading.problem}`, ...HOW_TO_SET];
}

const productionRefusal = [
  "拒绝：NODE_ENV=production（正式部署），但没有设置 SITE_URL（网站的公开网址）。",
  "  这样构建出来的复制链接、二维码、canonical、og:url、sitemap、订阅源和分享图都会指向 http://localhost:3000，",
  "  读者转给家人的链接打不开。",
  "Refused: NODE_ENV=production (a deployment) but SITE_URL, the site's public address, is not set to a real one:",
  "  every shared link, QR code, canonical URL, og:url, sitemap, feed and share image would point at localhost.",
  ...HOW_TO_SET,
];

/**
 * Before `next build`. Refuses a bad SITE_URL, and a production build (NODE_ENV=production)
 * without a real address; warns loudly on a local build, which is fine only on this machine.
 */
export function checkBuildAddress(env: { siteUrl: string | undefined; nodeEnv: string | undefined }): BuildVerdict {
  const reading = readSiteUrl(env.siteUrl);
  if (!reading.ok) return { level: "refuse", siteUrl: LOCAL_SITE_URL, message: invalidMessage(reading) };
  if (!reading.local) return { level: "ok", siteUrl: reading.url, message: [] };
  if (isProduction(env.nodeEnv)) return { level: "refuse", siteUrl: reading.url, message: productionRefusal };
  return {
    level: "warn",
    siteUrl: reading.url,
    message: [
      `注意：这是只能在本机使用的构建。SITE_URL ${reading.given ? `是本机地址（${reading.url}）` : "没有设置"}，`,
      `  复制链接、二维码、canonical、sitemap、订阅源和分享图里的网址都是 ${reading.url}，别人打不开。`,
      "  部署到服务器前，用网站的公开网址重新构建。",
      `Warning: local-only build. SITE_URL is ${reading.given ? `a local address (${reading.url})` : "not set"}, so shared links, QR codes,`,
      `  canonical URLs, the sitemap, the feed and share images say ${reading.url}. Rebuild with the public address before deploying.`,
      ...HOW_TO_SET,
    ],
  };
}

/**
 * `npm start`: which address to serve, whether to build first, and where to listen.
 * A build for a local address is served on 127.0.0.1 only, so `npm start` on a fresh machine
 * works for the person at it and nobody else receives localhost links; listening anywhere else
 * (HOST=0.0.0.0, a container) or NODE_ENV=production with such a build is refused.
 */
export function planStart(env: {
  /** SITE_URL from the environment or .env files. */
  siteUrl: string | undefined;
  /** The address the existing complete build was made for; undefined when there is none. */
  builtSiteUrl: string | undefined;
  nodeEnv: string | undefined;
  /** HOST from the environment: the interface to listen on. */
  host: string | undefined;
}): StartPlan {
  const reading = readSiteUrl(env.siteUrl);
  const host = env.host?.trim() || undefined;
  if (!reading.ok) return { level: "refuse", siteUrl: LOCAL_SITE_URL, rebuild: false, host, message: invalidMessage(reading) };
  // Without SITE_URL the existing build's own address stands (it may have been built with one).
  const siteUrl = reading.given ? reading.url : (env.builtSiteUrl ?? reading.url);
  const rebuild = env.builtSiteUrl === undefined || env.builtSiteUrl !== siteUrl;
  const local = readSiteUrl(siteUrl).ok && isLocalOnlyHost(new URL(siteUrl).hostname);
  if (!local) return { level: "ok", siteUrl, rebuild, host, message: [] };
  if (isProduction(env.nodeEnv)) return { level: "refuse", siteUrl, rebuild, host, message: productionRefusal };
  if (host !== undefined && !isLoopbackHost(host)) {
    return {
      level: "refuse",
      siteUrl,
      rebuild,
      host,
      message: [
        `拒绝：HOST=${host} 会让别的设备访问这个网站，但网站的网址是 ${siteUrl}（本机地址），`,
        "  别人复制、扫码、转发得到的链接都打不开。请设置 SITE_URL 为别人能打开的网址（域名或局域网 IP）。",
        `Refused: HOST=${host} lets other devices reach the site, but its address is ${siteUrl} (this machine only),`,
        "  so every link they copy, scan or forward is dead. Set SITE_URL to an address they can open (a domain or LAN IP).",
        "  例如 / e.g.:  SITE_URL=http://192.168.1.20:3000 HOST=0.0.0.0 npm start",
      ],
    };
  }
  return {
    level: "info",
    siteUrl,
    rebuild,
    host: host ?? "127.0.0.1",
    message: [
      `本机使用：只在本机提供服务（${host ?? "127.0.0.1"}），网址是 ${siteUrl}。要部署给别人用，请设置 SITE_URL（见 README）。`,
      `Local use: serving on this machine only (${host ?? "127.0.0.1"}) at ${siteUrl}. To deploy, set SITE_URL (see README).`,
    ],
  };
}

/**
 * In the reader's browser: the link to copy, share or encode in a QR code. The build-time
 * address is the canonical one and wins, except when it is a local-only address: then the address
 * the reader is actually on (`pageHref`'s origin, with the canonical path) is the safer one,
 * e.g. a local build served behind a proxy, or on another port than 3000.
 */
export function shareUrlForPage(canonicalUrl: string, pageHref: string): string {
  const canonical = new URL(canonicalUrl);
  if (!isLocalOnlyHost(canonical.hostname)) return canonical.toString();
  const page = new URL(pageHref);
  if (page.protocol !== "http:" && page.protocol !== "https:") return canonical.toString();
  return new URL(`${canonical.pathname}${canonical.search}${canonical.hash}`, page.origin).toString();
}
