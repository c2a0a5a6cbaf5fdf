/**
 * Site search, the Node-only part: reads the editors' word lists, builds the
 * index from the same content loader as the pages, serialises it to a
 * content-hashed asset. Never imported by browser code.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { z } from "zod";
import { ContentError, ContentIssue, getSite, readDataFile, type Site } from "@/content";
import { buildSearchIndex } from "./build";
import { Searcher } from "./engine";
import { synonymsFileSchema, termsFileSchema, type Lexicon } from "./lexicon";
import type { SearchIndexData } from "./types";

export { buildSearchIndex, traditionalToSimplifiedTable } from "./build";
export { FIELD_BOOST } from "./format";
export type { Lexicon } from "./lexicon";

export const SYNONYMS_FILE = "search/synonyms.json";
export const TERMS_FILE = "search/terms.json";
export const INDEX_ASSET_PREFIX = "search-index.";

/** Reads content/search/synonyms.json and terms.json; throws one ContentError naming file and entry. */
export function loadLexicon(contentDir: string, rootDir = path.dirname(contentDir)): Lexicon {
  const issues: ContentIssue[] = [];
  const read = <T>(name: string, schema: z.ZodType<T>): T | undefined => {
    const file = path.join(contentDir, name);
    return readDataFile(file, path.relative(rootDir, file).split(path.sep).join("/"), schema, issues);
  };

  const synonyms = read(SYNONYMS_FILE, synonymsFileSchema);
  const terms = read(TERMS_FILE, termsFileSchema);
  if (issues.length > 0 || !synonyms || !terms) throw new ContentError(issues);
  return { synonyms: synonyms.groups, terms: terms.terms };
}

export interface SerializedIndex {
  json: string;
  /** First 10 hex digits of the SHA-256 of json. */
  hash: string;
  fileName: string;
  rawBytes: number;
  gzipBytes: number;
}

export function serializeIndex(data: SearchIndexData): SerializedIndex {
  const json = JSON.stringify(data);
  const hash = createHash("sha256").update(json).digest("hex").slice(0, 10);
  return {
    json,
    hash,
    fileName: `${INDEX_ASSET_PREFIX}${hash}.json`,
    rawBytes: Buffer.byteLength(json),
    gzipBytes: gzipSync(json, { level: 9 }).length,
  };
}

/** Gzip bytes of each top-level part of the index (units split into their columns): where the bytes go. */
export function indexPartSizes(data: SearchIndexData): Record<string, number> {
  const parts: Record<string, unknown> = { ...data, ...data.units, units: undefined };
  const sizes: Record<string, number> = {};
  for (const [name, value] of Object.entries(parts)) {
    if (value !== undefined && name !== "version") sizes[name] = gzipSync(JSON.stringify(value), { level: 9 }).length;
  }
  return sizes;
}

function contentDir(): string {
  return process.env.CONTENT_DIR
    ? path.resolve(/* turbopackIgnore: true */ process.env.CONTENT_DIR)
    : path.join(/* turbopackIgnore: true */ process.cwd(), "content");
}

export interface SiteSearch {
  site: Site;
  data: SearchIndexData;
  searcher: Searcher;
  asset: SerializedIndex;
  /** Public URL of the index asset the browser fetches. */
  assetUrl: string;
}

let cached: Promise<SiteSearch> | undefined;

/** The real content's index, built once per process; the same bytes the build script writes to public/. */
export function getSiteSearch(): Promise<SiteSearch> {
  cached ??= (async () => {
    const site = await getSite();
    const data = buildSearchIndex(site, loadLexicon(contentDir(), process.cwd()));
    const asset = serializeIndex(data);
    return { site, data, searcher: new Searcher(data), asset, assetUrl: `/${asset.fileName}` };
  })();
  return cached;
}

/** Writes public/search-index.<hash>.json and removes older ones. */
export function writeIndexAsset(asset: SerializedIndex, publicDir: string): string {
  fs.mkdirSync(publicDir, { recursive: true });
  for (const name of fs.readdirSync(publicDir)) {
    if (name.startsWith(INDEX_ASSET_PREFIX) && name.endsWith(".json") && name !== asset.fileName) fs.rmSync(path.join(publicDir, name));
  }
  const file = path.join(publicDir, asset.fileName);
  fs.writeFileSync(file, asset.json);
  return file;
}
