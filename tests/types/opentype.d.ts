// opentype.js 2 ships no typings; the tests use only parse(), charToGlyphIndex(), charToGlyph() and unitsPerEm.
declare module "opentype.js" {
  export interface Font {
    /** 0 (".notdef") when the font has no glyph for the character. */
    charToGlyphIndex(char: string): number;
    charToGlyph(char: string): { advanceWidth?: number };
    /** Font units per em: an advance width divided by it is in em. */
    unitsPerEm: number;
  }
  const opentype: { parse(buffer: ArrayBuffer): Font };
  export default opentype;
}
