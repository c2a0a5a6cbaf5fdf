"use client";

import { useEffect, useState } from "react";
import { copyText } from "./copy-text";

interface ShareBarProps {
  /** The canonical address, made at build time from SITE_URL. */
  url: string;
  /** The address of the prerendered QR code image of `url` (/articles/<slug>/qr.svg): shows without JavaScript. */
  qrSrc: string;
  /** The build was made for a local-only address (no SITE_URL): share the address the reader is on instead. */
  localBuild: boolean;
}

type CopyState = "idle" | "copied" | "failed";

/**
 * Copy link, the system share sheet where the browser has one, and a QR code
 * for moving from a computer to a phone (WeChat's scanner opens it). Without
 * JavaScript the link text and the QR code still work; the buttons appear
 * once the page is interactive. Once interactive, a build made for a local
 * address (no SITE_URL) shares the address the reader is actually on instead
 * (shareUrlForPage), and the QR code is redrawn for it: that code loads only
 * on such a build (./share-local-build).
 * The QR code is offered only on a wide screen with a mouse (CSS, no JavaScript):
 * a phone is already showing the page.
 */
export function ShareBar({ url: canonicalUrl, qrSrc: canonicalQrSrc, localBuild }: ShareBarProps) {
  const [url, setUrl] = useState(canonicalUrl);
  const [qrSrc, setQrSrc] = useState(canonicalQrSrc);
  const [ready, setReady] = useState(false);
  const [canShare, setCanShare] = useState(false);
  const [inWeChat, setInWeChat] = useState(false);
  const [copy, setCopy] = useState<CopyState>("idle");

  useEffect(() => {
    setCanShare(typeof navigator.share === "function");
    // WeChat's in-app browser has no Web Share API; its own menu sends the page with title and image.
    setInWeChat(/MicroMessenger/i.test(navigator.userAgent));
    if (!localBuild) return setReady(true);
    let current = true;
    // The copy button waits for the right address, so nobody copies a localhost link by accident.
    import("./share-local-build")
      .then(async ({ shareUrlForPage, qrCodeDataUrl }) => {
        const pageUrl = shareUrlForPage(canonicalUrl, window.location.href);
        if (!current) return;
        setUrl(pageUrl);
        setReady(true);
        if (pageUrl === canonicalUrl) return;
        const src = await qrCodeDataUrl(pageUrl);
        if (current) setQrSrc(src);
      })
      .catch(() => current && setReady(true));
    return () => {
      current = false;
    };
  }, [canonicalUrl, localBuild]);

  useEffect(() => {
    if (copy !== "copied") return;
    const timer = setTimeout(() => setCopy("idle"), 4000);
    return () => clearTimeout(timer);
  }, [copy]);

  async function onCopy() {
    setCopy((await copyText(url)) ? "copied" : "failed");
  }

  async function onShare() {
    try {
      // Title and summary are read from the page's own share metadata when needed, not shipped again as props.
      const meta = (selector: string) => document.querySelector(selector)?.getAttribute("content") ?? "";
      await navigator.share({ title: meta('meta[property="og:title"]') || document.title, text: meta('meta[name="description"]'), url });
    } catch {
      // The reader closed the share sheet: nothing to report.
    }
  }

  return (
    <section aria-label="分享这篇文章" className="share-bar no-print rounded-md border border-slate-200 p-3 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-semibold text-slate-800">转给家人看：</span>
        {ready && (
          <button type="button" onClick={onCopy} className="rounded-md border border-brand-700 px-3 py-1.5 text-brand-800 hover:bg-brand-50">
            复制链接
          </button>
        )}
        {canShare && (
          <button type="button" onClick={onShare} className="rounded-md border border-brand-700 px-3 py-1.5 text-brand-800 hover:bg-brand-50">
            分享…
          </button>
        )}
        <span role="status" aria-live="polite" className="text-green-800">
          {copy === "copied" && "✓ 已复制链接，可以粘贴到微信发送"}
          {copy === "failed" && <span className="text-amber-800">没能自动复制，请长按下面的网址复制</span>}
        </span>
      </div>
      {inWeChat && <p className="mt-2 text-slate-700">在微信里：点右上角“···”，选“发送给朋友”。</p>}
      <p className="mt-2 break-all text-slate-600">
        <span className="sr-only">本文网址：</span>
        <a href={url} className="share-url text-slate-700 underline-offset-2 hover:underline">
          {url}
        </a>
      </p>
      {/* md + pointer-fine: a desktop or laptop; hidden on phones (and in print, with the whole bar). */}
      <details className="mt-2 hidden md:pointer-fine:block">
        <summary className="cursor-pointer text-brand-700">在手机上打开（二维码）</summary>
        <div className="mt-2 flex items-center gap-4">
          {/* eslint-disable-next-line @next/next/no-img-element -- a static SVG file; next/image adds client code for nothing */}
          <img className="share-qr h-36 w-36 shrink-0" src={qrSrc} alt={`本文网址的二维码：${url}`} width={144} height={144} />
          <p className="text-slate-700">用手机微信“扫一扫”或相机扫描，就能在手机上打开这篇文章。</p>
        </div>
      </details>
    </section>
  );
}
