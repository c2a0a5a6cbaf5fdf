/**
 * Only on paper: where this article lives online, as text and QR code, so a
 * printout handed to a parent can still be opened on a phone and checked for updates.
 */
export function PrintedAddress({ url, qrSvg, reviewed }: { url: string; qrSvg: string; reviewed: string }) {
  return (
    <aside className="print-only mt-8 items-center gap-4 border-t border-slate-300 pt-4 text-sm">
      <div className="h-24 w-24 shrink-0 [&>svg]:h-full [&>svg]:w-full" aria-hidden="true" dangerouslySetInnerHTML={{ __html: qrSvg }} />
      <p>
        本文网址：<span className="break-all">{url}</span>
        <br />
        扫码在手机上打开，查看最新版本（本版最后审核：{reviewed}）。
      </p>
    </aside>
  );
}
