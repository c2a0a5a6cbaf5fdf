/**
 * Only on paper: where this article lives online, as text and QR code, so a
 * printout handed to a parent can still be opened on a phone and checked for updates.
 */
export function PrintedAddress({ url, qrSrc, reviewed }: { url: string; qrSrc: string; reviewed: string }) {
  return (
    <aside className="print-only mt-8 items-center gap-4 border-t border-slate-300 pt-4 text-sm">
      {/* eslint-disable-next-line @next/next/no-img-element -- the same static QR file as the share bar */}
      <img className="h-24 w-24 shrink-0" src={qrSrc} alt="" width={96} height={96} />
      <p>
        本文网址：<span className="break-all">{url}</span>
        <br />
        扫码在手机上打开，查看最新版本（本版最后审核：{reviewed}）。
      </p>
    </aside>
  );
}
