/**
 * Runs once when the Next server starts: builds the search index in the
 * background so the first /search request does not wait ~1–2 s for it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getSiteSearch } = await import("./search/node");
  setTimeout(() => void getSiteSearch().catch((error: unknown) => console.error("搜索索引预热失败：", error)), 0);
}
