import { getSiteSearch } from "@/search/node";
import { SearchBox } from "./SearchBox";

/**
 * The header's search box: the index URL and version (content-hashed) come from the server. Its most-read
 * list is fetched when the box first opens, not sent with every page.
 */
export async function HeaderSearch() {
  const { asset, assetUrl } = await getSiteSearch();
  return <SearchBox indexUrl={assetUrl} version={asset.hash} />;
}
