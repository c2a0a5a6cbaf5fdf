// opentype.js 2 ships no typings; the tests use only parse() and charToGlyphIndex().
declare module "opentype.js" {
  export interface Font {
    /** 0 (".notdef") when the font has no glyph for the character. */
    charToGlyphIndex(char: string): number;
  }
  const opentype: { parse(buffer: ArrayBuffer): Font };
  export default opentype;
}
