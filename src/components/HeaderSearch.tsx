import { featuredArticles } from "@/content";
import { getSiteSearch } from "@/search/node";
import { SearchBox } from "./SearchBox";

/** The header's search box: the index URL and version (content-hashed) and the most-read list come from the server. */
export async function HeaderSearch() {
  const { site, asset, assetUrl } = await getSiteSearch();
  const popular = featuredArticles(site).map((article) => ({ title: article.title, href: `/articles/${article.slug}` }));
  return <SearchBox indexUrl={assetUrl} version={asset.hash} popular={popular} />;
}
