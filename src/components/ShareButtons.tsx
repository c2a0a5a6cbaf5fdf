"use client";

import { useEffect, useState } from "react";
import { copyText } from "./copy-text";

type CopyState = "idle" | "copied" | "failed";

/**
 * The share bar's buttons (ShareBar draws the rest on the server). Once
 * interactive, a build made for a local address (no SITE_URL) shares the
 * address the reader is actually on instead (shareUrlForPage): the bar's link
 * and QR code are pointed at it, and that code loads only on such a build
 * (./share-local-build).
 */
export function ShareButtons({ url: canonicalUrl, localBuild }: { url: string; localBuild: boolean }) {
  const [url, setUrl] = useState(canonicalUrl);
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
      .then(async ({ shareUrlForPage, showShareAddress }) => {
        const pageUrl = shareUrlForPage(canonicalUrl, window.location.href);
        if (!current) return;
        setUrl(pageUrl);
        setReady(true);
        if (pageUrl !== canonicalUrl) await showShareAddress(pageUrl);
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

  const buttonClass = "rounded-md border border-brand-700 px-3 py-1.5 text-brand-800 hover:bg-brand-50";
  return (
    <>
      {ready && (
        <button type="button" onClick={onCopy} className={buttonClass}>
          复制链接
        </button>
      )}
      {canShare && (
        <button type="button" onClick={onShare} className={buttonClass}>
          分享…
        </button>
      )}
      <span role="status" aria-live="polite" className="text-green-800">
        {copy === "copied" && "✓ 已复制链接，可以粘贴到微信发送"}
        {copy === "failed" && <span className="text-amber-800">没能自动复制，请长按下面的网址复制</span>}
      </span>
      {inWeChat && <p className="basis-full text-slate-700">在微信里：点右上角“···”，选“发送给朋友”。</p>}
    </>
  );
}
