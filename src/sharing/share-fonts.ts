import fs from "node:fs/promises";
import path from "node:path";

/**
 * Noto Sans SC from @fontsource (npm), as .woff: satori (behind next/og)
 * cannot read .woff2 or .ttc. The "chinese-simplified" subset holds ~7,300
 * common characters and "latin" the ASCII in hosts and numbers; characters
 * outside them would be drawn as boxes, which tests/unit/share-fonts.test.ts
 * rules out for every title, topic name and summary.
 */
const FONT_DIR = "node_modules/@fontsource/noto-sans-sc/files";
export const SHARE_FONT_FILES = {
  700: [`${FONT_DIR}/noto-sans-sc-chinese-simplified-700-normal.woff`, `${FONT_DIR}/noto-sans-sc-latin-700-normal.woff`],
  400: [`${FONT_DIR}/noto-sans-sc-chinese-simplified-400-normal.woff`, `${FONT_DIR}/noto-sans-sc-latin-400-normal.woff`],
} as const;

export const SHARE_FONT_FAMILY = "Noto Sans SC";

export interface ShareFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: "normal";
}

let loaded: Promise<ShareFont[]> | undefined;

/** Reads the font files once per process (the build renders all cards in one worker). */
export function loadShareFonts(rootDir = process.cwd()): Promise<ShareFont[]> {
  loaded ??= Promise.all(
    ([700, 400] as const).flatMap((weight) =>
      SHARE_FONT_FILES[weight].map(async (file) => ({
        name: SHARE_FONT_FAMILY,
        // turbopackIgnore: these files are read at build time only; without it Turbopack would trace the whole project.
        data: await fs.readFile(path.join(/* turbopackIgnore: true */ rootDir, file)),
        weight,
        style: "normal" as const,
      })),
    ),
  );
  return loaded;
}
