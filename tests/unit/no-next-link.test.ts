import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(tsx?|jsx?)$/.test(entry.name) ? [full] : [];
  });
}

// Readers get plain <a> links: next/link ships ~3.5 KB gzip of router code to every page and
// prefetches every link in view (issue 15 item 8: at most hello world + 15 KB on an article).
describe("links", () => {
  it("no source file imports next/link or the client router", () => {
    const offenders = sourceFiles(path.resolve(__dirname, "../../src")).filter((file) =>
      /from\s+["']next\/link["']|\buseRouter\s*\(/.test(fs.readFileSync(file, "utf8")),
    );
    expect(offenders.map((file) => path.relative(process.cwd(), file))).toEqual([]);
  });
});
