import path from "node:path";
import { loadSite } from "../../src/content/load";

/** The real content/, loaded with the same loader the pages use. */
export function loadRealSite() {
  return loadSite({ contentDir: path.resolve(__dirname, "../../content"), rootDir: path.resolve(__dirname, "../..") });
}
