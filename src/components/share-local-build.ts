// Loaded by ShareBar only when the site was built for a local address (no SITE_URL), so a real
// deployment ships none of this to readers.
export { shareUrlForPage } from "@/sharing/site-address";

/** A QR code of `url` as an image address; the encoder itself loads only when it is needed. */
export async function qrCodeDataUrl(url: string): Promise<string> {
  const { qrCodeSvg } = await import("@/sharing/qr-code");
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(await qrCodeSvg(url))}`;
}
