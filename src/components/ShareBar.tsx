import { ShareButtons } from "./ShareButtons";

interface ShareBarProps {
  /** The canonical address, made at build time from SITE_URL. */
  url: string;
  /** The address of the prerendered QR code image of `url` (/articles/<slug>/qr.svg): shows without JavaScript. */
  qrSrc: string;
  /** The build was made for a local-only address (no SITE_URL): share the address the reader is on instead. */
  localBuild: boolean;
}

/**
 * Copy link, the system share sheet where the browser has one, and a QR code
 * for moving from a computer to a phone (WeChat's scanner opens it). The bar
 * itself is drawn on the server: without JavaScript the link text and the QR
 * code work, and readers download code only for the buttons (ShareButtons),
 * which appear once the page is interactive.
 * The QR code is offered only on a wide screen with a mouse (CSS, no JavaScript):
 * a phone is already showing the page.
 */
export function ShareBar({ url, qrSrc, localBuild }: ShareBarProps) {
  return (
    <section aria-label="分享这篇文章" className="share-bar no-print rounded-md border border-slate-200 p-3 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-semibold text-slate-800">转给家人看：</span>
        <ShareButtons url={url} localBuild={localBuild} />
      </div>
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
