import { findArticle, getSite } from "@/content";
import { absoluteUrl, articlePath, qrCodeSvg } from "@/sharing";
import { SITE_INFO } from "@/site-config";

type Params = { slug: string };

// The article's QR code as a prerendered image file: referenced by <img>, so its markup is not repeated
// in every article page's HTML and React payload.
export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams(): Promise<Params[]> {
  return (await getSite()).articles.map((article) => ({ slug: article.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const article = findArticle(await getSite(), (await params).slug)!;
  const svg = await qrCodeSvg(absoluteUrl(SITE_INFO.url, articlePath(article.slug)));
  return new Response(svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
}
