import fs from "node:fs";
import path from "node:path";
import opentype, { type Font } from "opentype.js";
import { describe, expect, it } from "vitest";
import { findTopic, articlesOfTopic } from "@/content";
import { SHARE_FONT_FILES, articleShareCard, boldText, homeShareCard, regularText, topicShareCard, type ShareCardText } from "@/sharing";
import { SITE_INFO } from "@/site-config";
import { loadRealSite } from "../helpers/real-site";

const root = path.resolve(__dirname, "../..");

function parse(file: string): Font {
  const data = fs.readFileSync(path.join(root, file));
  return opentype.parse(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
}

/** Characters of `text` that none of `fonts` has a glyph for (they would render as boxes). */
function uncovered(fonts: Font[], text: string): string[] {
  return [...new Set(text)].filter((char) => !/\s/.test(char) && fonts.every((font) => font.charToGlyphIndex(char) === 0));
}

describe("share card fonts", () => {
  const bold = SHARE_FONT_FILES[700].map(parse);
  const regular = SHARE_FONT_FILES[400].map(parse);

  async function everyCard(): Promise<[string, ShareCardText][]> {
    const site = await loadRealSite();
    return [
      ["home", homeShareCard(SITE_INFO)],
      ...site.articles.map((a): [string, ShareCardText] => [a.file, articleShareCard(SITE_INFO, a, findTopic(site, a.topic)!)]),
      ...site.topics.map((t): [string, ShareCardText] => [`topic ${t.id}`, topicShareCard(SITE_INFO, t, articlesOfTopic(site, t.id).length)]),
    ];
  }

  it("the check itself finds a character outside the subset", () => {
    // U+30000 (CJK Extension G) is in no font we ship: proves the test can fail.
    expect(uncovered(bold, "逾期\u{30000}")).toEqual(["\u{30000}"]);
  });

  it("covers every character of every article title, topic name and summary on the cards", async () => {
    const missing: string[] = [];
    for (const [where, card] of await everyCard()) {
      const bad = [...uncovered(bold, boldText(card)), ...uncovered(regular, regularText(card))];
      if (bad.length > 0) missing.push(`${where}: ${bad.join("")}`);
    }
    expect(missing).toEqual([]);
  });
});
