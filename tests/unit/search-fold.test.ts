import path from "node:path";
import { describe, expect, it } from "vitest";
import { Searcher } from "../../src/search";
import { foldChar, foldText } from "../../src/search/analyze";
import { buildSearchIndex, loadLexicon, traditionalToSimplifiedTable } from "../../src/search/node";
import { loadRealSite } from "../helpers/real-site";

/** Every character a table mentions, as key or as value. */
function charactersOf(table: ReadonlyMap<string, string>): string[] {
  return [...new Set([...table.keys(), ...table.values()])];
}

describe("繁→简 folding is one lookup that never chains", () => {
  const full = traditionalToSimplifiedTable();

  it("folds every character of the full table to the same result as folding twice", () => {
    const chains = charactersOf(full).filter((char) => foldChar(foldChar(char, full), full) !== foldChar(char, full));
    expect(chains).toEqual([]);
    expect(full.size).toBeGreaterThan(2500);
  });

  it("keeps a standard simplified character itself and composes a traditional chain", () => {
    expect(foldText("怎麼辦", full)).toBe("怎么办");
    expect(foldText("怎么办", full)).toBe("怎么办");
    expect(foldText("什麽", full)).toBe("什么");
    expect(foldText("薴苧", full)).toBe("苎苎");
  });

  it("on the shipped index: every character of its table folds idempotently, and 怎麼辦 finds what 怎么办 finds", async () => {
    const site = await loadRealSite();
    const searcher = new Searcher(buildSearchIndex(site, loadLexicon(path.resolve(__dirname, "../../content"))));
    const shipped = searcher.t2s;
    expect(shipped.size).toBeGreaterThan(100);
    const chains = charactersOf(shipped).filter((char) => foldChar(foldChar(char, shipped), shipped) !== foldChar(char, shipped));
    expect(chains).toEqual([]);
    for (const [traditional, simplified] of [
      ["怎麼辦", "怎么办"],
      ["通訊錄被爆了怎麼辦", "通讯录被爆了怎么办"],
      ["催收打電話給家人怎麼辦", "催收打电话给家人怎么办"],
    ]) {
      const expected = searcher.search(simplified, 10).map((result) => result.slug);
      expect(expected.length, simplified).toBeGreaterThan(0);
      expect(searcher.search(traditional, 10).map((result) => result.slug), traditional).toEqual(expected);
    }
  });
});
