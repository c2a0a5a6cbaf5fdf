import type { Metadata, Viewport } from "next";
import { SiteFooter } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
import { defaultMetadata, homeTitle } from "@/sharing";
import { SITE_DESCRIPTION, SITE_INFO, SITE_NAME, SITE_URL } from "@/site-config";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: homeTitle(SITE_INFO), template: `%s | ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  // Open Graph, Twitter card and feed link for pages without their own.
  ...defaultMetadata(SITE_INFO, SITE_DESCRIPTION),
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#1e3a8a",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">
        <a href="#main" className="skip-link">
          跳到正文
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto max-w-3xl px-4 py-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
