import path from "node:path";
import { loadToolkit } from "../../src/tools/server";
import { loadRealSite } from "./real-site";

/** The real content/tools and content/templates, validated against the real articles. */
export async function loadRealToolkit() {
  const site = await loadRealSite();
  return loadToolkit({ contentDir: path.resolve(__dirname, "../../content"), rootDir: path.resolve(__dirname, "../.."), site });
}
