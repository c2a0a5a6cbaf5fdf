import { getSite } from "@/content";
import { buildAtomFeed } from "@/sharing";
import { SITE_INFO } from "@/site-config";

export const dynamic = "force-static";

export async function GET() {
  return new Response(buildAtomFeed(SITE_INFO, await getSite()), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
