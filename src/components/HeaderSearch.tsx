import { getSiteSearch } from "@/search/node";
import { SearchBox } from "./SearchBox";

/**
 * The header's search box: the index URL (content-hashed) comes from the server. Its most-read list is
 * fetched when the box first opens, not sent with every page.
 */
export async function HeaderSearch() {
  const { assetUrl } = await getSiteSearch();
  return <SearchBox indexUrl={assetUrl} />;
}
