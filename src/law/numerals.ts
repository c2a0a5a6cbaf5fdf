const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 一千零三十三 → 1033, 十三 → 13, 二百九十三 → 293. Returns NaN for anything else. */
export function parseChineseNumber(text: string): number {
  if (!text) return Number.NaN;
  let total = 0;
  let digit: number | undefined;
  for (const char of text) {
    if (char in DIGITS) {
      if (digit !== undefined && digit !== 0 && DIGITS[char] !== 0) return Number.NaN; // 二三 is not a number
      digit = DIGITS[char];
    } else if (char in UNITS) {
      total += (digit ?? 1) * UNITS[char];
      digit = undefined;
    } else {
      return Number.NaN;
    }
  }
  return total + (digit ?? 0);
}
