import { ImageResponse } from "next/og";
import { ShareCard } from "@/components/ShareCard";
import { SHARE_IMAGE_SIZE, homeShareCard, homeTitle, loadShareFonts } from "@/sharing";
import { SITE_INFO } from "@/site-config";

// The fallback card for pages without their own (home, search); articles and topics have theirs.
// What the card says, for readers who cannot see it.
export const alt = homeTitle(SITE_INFO);
export const size = SHARE_IMAGE_SIZE;
export const contentType = "image/png";

export default async function SiteShareImage() {
  return new ImageResponse(<ShareCard card={homeShareCard(SITE_INFO)} />, { ...size, fonts: await loadShareFonts() });
}
