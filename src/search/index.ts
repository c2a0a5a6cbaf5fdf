/**
 * Site search, the part that runs everywhere (server, browser, CLI): the
 * tokenizer, query expansion, ranking, highlighting. Building an index needs
 * Node-only libraries (pinyin-pro, opencc-js): import those from "@/search/node".
 */
export { analyze, foldText, tokensOfFolded } from "./analyze";
export { Searcher, MAX_QUERY_LENGTH, cleanQuery, highlight } from "./engine";
export { SEARCH_ANSWER_CACHE, searchAnswerCacheControl, searchAnswerUrl } from "./cache";
export type { LawMatch, SearchIndexData, SearchResult, SearchUnit, TextPart } from "./types";
