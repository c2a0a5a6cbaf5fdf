import path from "node:path";
import { getSite } from "@/content";
import { loadToolkit, type Toolkit } from "./load";

export { loadToolkit, type LoadToolkitOptions } from "./load";

let cached: Promise<Toolkit> | undefined;

/** The tools' content, loaded and validated once per process (from ./content or CONTENT_DIR). */
export function getToolkit(): Promise<Toolkit> {
  const contentDir = process.env.CONTENT_DIR
    ? path.resolve(/* turbopackIgnore: true */ process.env.CONTENT_DIR)
    : path.join(process.cwd(), "content");
  cached ??= getSite().then((site) => loadToolkit({ contentDir, rootDir: process.cwd(), site }));
  return cached;
}
