import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const run = (...args: string[]) =>
  spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/search.ts", ...args], { cwd: root, encoding: "utf8" });

describe("npm run -s search (editor CLI)", () => {
  it("--json prints only a JSON array of the top 10 with slug, title, url and score", () => {
    const result = run("--json", "爆通讯录");
    expect(result.status).toBe(0);
    const rows = JSON.parse(result.stdout) as { slug: string; title: string; url: string; score: number }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(10);
    expect(Object.keys(rows[0]).sort()).toEqual(["score", "slug", "title", "url"]);
    expect(rows[0].slug).toBe("address-book-collection-legal");
    expect(rows[0].url.startsWith(`/articles/${rows[0].slug}`)).toBe(true);
    expect(rows.map((row) => row.score)).toEqual([...rows.map((row) => row.score)].sort((x, y) => y - x));
  });

  it("without --json prints a readable list; without a query explains usage", () => {
    const readable = run("罚息");
    expect(readable.stdout).toMatch(/^ 1\. .*罚息/m);
    const empty = run();
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain("用法");
  });
});
