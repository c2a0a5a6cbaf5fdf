import QRCode from "qrcode";

/**
 * An SVG QR code for `url`, made on the server at build time so it shows
 * without JavaScript. Error correction M survives a slightly blurry phone
 * photo of a screen; the quiet zone of 2 modules is enough on a white page.
 */
export async function qrCodeSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#0f172a", light: "#ffffff" } });
}
