// Loaded by ShareButtons only when the site was built for a local address (no SITE_URL), so a real
// deployment ships none of this to readers.
export { shareUrlForPage } from "@/sharing/site-address";

/**
 * Points the share bar's address link and QR code (drawn on the server for the canonical address) at
 * `url`, the address the reader is actually on. The QR encoder loads only here.
 */
export async function showShareAddress(url: string): Promise<void> {
  for (const link of document.querySelectorAll<HTMLAnchorElement>(".share-bar a.share-url")) {
    link.href = url;
    link.textContent = url;
  }
  const { qrCodeSvg } = await import("@/sharing/qr-code");
  const src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(await qrCodeSvg(url))}`;
  for (const image of document.querySelectorAll<HTMLImageElement>(".share-bar img.share-qr")) {
    image.src = src;
    image.alt = `本文网址的二维码：${url}`;
  }
}
