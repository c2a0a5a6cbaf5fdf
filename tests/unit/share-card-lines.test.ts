import fs from "node:fs";
import path from "node:path";
import opentype, { type Font } from "opentype.js";
import { describe, expect, it } from "vitest";
import { articlesOfTopic, findTopic } from "@/content";
import {
  MIN_LAST_LINE,
  SHARE_FONT_FILES,
  SUMMARY_FONT_SIZE,
  articleShareCard,
  balanceLines,
  homeShareCard,
  summaryLines,
  textWidthEm,
  titleFontSize,
  titleLines,
  topicShareCard,
} from "@/sharing";
import { SITE_INFO } from "@/site-config";
import { loadRealSite } from "../helpers/real-site";

const length = (line: string) => [...line].length;
const CLOSING = /^[，。、；：？！）》」』”’…]/;
const OPENING = /[（《「『“‘]$/;

/** What satori does on its own: fill each line as far as it goes, character by character. */
function greedyLines(text: string, maxEm: number): string[] {
  const lines = [""];
  for (const char of text) {
    if (textWidthEm(lines[lines.length - 1] + char) > maxEm) lines.push("");
    lines[lines.length - 1] += char;
  }
  return lines;
}

describe("share card line breaks", () => {
  const orphanTitle = "我是紧急联系人，催收打来电话怎么办？";
  const maxEm = 16.5; // a 64 px title on the 1056 px wide card

  it("greedy filling leaves 办？ alone; balanced breaking does not", () => {
    expect(greedyLines(orphanTitle, maxEm).at(-1)).toBe("办？");
    const lines = balanceLines(orphanTitle, maxEm);
    expect(lines.join("")).toBe(orphanTitle);
    expect(lines).toHaveLength(2);
    expect(length(lines.at(-1)!)).toBeGreaterThanOrEqual(MIN_LAST_LINE);
    for (const line of lines) expect(textWidthEm(line)).toBeLessThanOrEqual(maxEm);
    // Broken at the comma, the clause end, rather than in the middle of a phrase.
    expect(lines[0]).toMatch(/，$/);
  });

  it("text that fits stays on one line", () => {
    expect(balanceLines("紧急联系人要替我还钱吗？", maxEm)).toEqual(["紧急联系人要替我还钱吗？"]);
  });

  it("lines come out balanced, as few as fit, and no line starts with closing or ends with opening punctuation", () => {
    const text = "催收自称公安、法院、律师，或说要“外访”上门，怎么辨别？这是一个更长的句子用来测试三行的情况";
    const lines = balanceLines(text, 16);
    expect(lines.join("")).toBe(text);
    expect(lines).toHaveLength(greedyLines(text, 16).length);
    for (const [index, line] of lines.entries()) {
      expect(textWidthEm(line), line).toBeLessThanOrEqual(16);
      if (index > 0) expect(line, line).not.toMatch(CLOSING);
      expect(line, line).not.toMatch(OPENING);
    }
    const widths = lines.map(textWidthEm);
    // No stub line: the shortest is at least half the longest.
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(Math.max(...widths) / 2);
  });

  it("a trailing question mark stays with the characters before it, even when that makes a line full", () => {
    // 15 characters then "？": greedy at 15 em would put the ？ alone on a line.
    const text = "为什么催收会打给我的父母和同事吗？";
    expect(greedyLines(text, 16).at(-1)).toBe("？");
    const lines = balanceLines(text, 16);
    expect(lines.join("")).toBe(text);
    for (const line of lines.slice(1)) expect(line).not.toMatch(CLOSING);
    expect(length(lines.at(-1)!)).toBeGreaterThanOrEqual(MIN_LAST_LINE);
  });

  it("numbers and Latin words are never split, and are counted narrower than Han characters", () => {
    expect(textWidthEm("2026年")).toBeCloseTo(4 * 0.6 + 1);
    const text = "人民银行2025年12月宣布的一次性信用修复政策已经在2026年3月31日结束";
    const lines = balanceLines(text, 12);
    expect(lines.join("")).toBe(text);
    for (const number of ["2025", "2026", "12", "31"]) expect(lines.some((line) => line.includes(number)), number).toBe(true);
  });

  it("every real title and summary: no last line under 3 characters, and each line fits the card in the real font", async () => {
    const site = await loadRealSite();
    const cards = [
      homeShareCard(SITE_INFO),
      ...site.articles.map((a) => articleShareCard(SITE_INFO, a, findTopic(site, a.topic)!)),
      ...site.topics.map((t) => topicShareCard(SITE_INFO, t, articlesOfTopic(site, t.id).length)),
    ];
    const parse = (file: string): Font => {
      const data = fs.readFileSync(path.resolve(__dirname, "../..", file));
      return opentype.parse(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
    };
    const [boldHan, boldLatin] = SHARE_FONT_FILES[700].map(parse);
    const [regularHan, regularLatin] = SHARE_FONT_FILES[400].map(parse);
    /** Advance width in px as satori draws it: each character from the first font that has it. */
    const pxWidth = (line: string, fonts: Font[], size: number) =>
      [...line].reduce((sum, char) => {
        const font = fonts.find((f) => f.charToGlyphIndex(char) !== 0) ?? fonts[0];
        return sum + (font.charToGlyph(char).advanceWidth! / font.unitsPerEm) * size;
      }, 0);
    const problems: string[] = [];
    for (const card of cards) {
      const blocks = [
        { text: card.title, lines: titleLines(card.title), fonts: [boldHan, boldLatin], size: titleFontSize(card.title), width: 1056 },
        { text: card.summary, lines: summaryLines(card.summary), fonts: [regularHan, regularLatin], size: SUMMARY_FONT_SIZE, width: 1026 },
      ];
      for (const block of blocks) {
        if (block.lines.join("") !== block.text) problems.push(`${block.text}: text changed`);
        if (block.lines.length > 1 && length(block.lines.at(-1)!) < MIN_LAST_LINE) problems.push(`${block.text}: orphan ${block.lines.at(-1)}`);
        for (const line of block.lines) {
          if (pxWidth(line, block.fonts, block.size) > block.width) problems.push(`${line}: wider than ${block.width}px`);
        }
      }
      if (titleLines(card.title).length > 3) problems.push(`${card.title}: more than 3 lines`);
    }
    expect(problems).toEqual([]);
  });
});
