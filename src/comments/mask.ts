/**
 * Masks personal data in reader text before anything is stored. Each kind has a detector and
 * a visible label, so the reader sees what was hidden and readers below see that something was.
 * Order matters: e-mail first (its digits must not look like a phone), then numbers written in
 * Chinese numerals, ID numbers (18 digits could also pass Luhn), bank cards, phones, and finally
 * chat handles.
 */
export type MaskKind = "email" | "id-number" | "bank-card" | "phone" | "wechat" | "qq";

export const MASK_LABELS: Record<MaskKind, string> = {
  email: "邮箱",
  "id-number": "身份证号",
  "bank-card": "银行卡号",
  phone: "手机号",
  wechat: "微信号",
  qq: "QQ号",
};

export function maskPlaceholder(kind: MaskKind): string {
  return `[${MASK_LABELS[kind]}已隐藏]`;
}

export type MaskResult = { text: string; masked: MaskKind[] };

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = "10X98765432";

/** GB 11643: the 18th character is a checksum of the first 17 digits. */
export function isValidIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/i.test(value)) return false;
  const sum = ID_WEIGHTS.reduce((total, weight, i) => total + weight * Number(value[i]), 0);
  return ID_CHECK[sum % 11] === value[17].toUpperCase();
}

/** Luhn check used by UnionPay / Visa / Mastercard card numbers. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

type Rule = {
  pattern: RegExp;
  /** The kind a match is, or undefined to leave it alone (a checksum or a layout that does not fit). */
  classify: (match: string, groups: string[]) => MaskKind | undefined;
  keepPrefix?: boolean;
};

// Readers split numbers with spaces (also full-width), hyphens and dashes of every width, or dots:
// "138 1234 5678", "138.1234.5678", "138－1234－5678", "110105 19491231 002X".
const SEP_CHARS = " \\u00a0\\u3000\\-.\\u00b7\\u2010-\\u2015\\u2212\\u30fb\\ufe58\\ufe63\\uff0d\\uff0e";
const SEP = `[${SEP_CHARS}]?`;
const SEPARATORS = new RegExp(`[${SEP_CHARS}]+`, "g");
const HANDLE_PREFIX_WECHAT = "(?:加\\s*[Vv微]|[Vv][Xx]|[Ww][Xx]|[Vv]信|微信号?|威信|薇信|薇|卫星号?)";
const HANDLE_PREFIX_QQ = "(?:[Qq]{2}号?|扣扣|企鹅号?)";

/** Province codes of GB/T 2260 (the first two digits of an ID number). */
const PROVINCES = new Set([11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83]);

/**
 * The first 17 digits of an ID number, the check digit left off: a province code and a real birth
 * date (1900–2099). Order and contract numbers of 17 digits fail one or the other.
 */
export function looksLikeIdNumberWithoutCheckDigit(digits: string): boolean {
  if (!/^\d{17}$/.test(digits) || !PROVINCES.has(Number(digits.slice(0, 2)))) return false;
  const [year, month, day] = [Number(digits.slice(6, 10)), Number(digits.slice(10, 12)), Number(digits.slice(12, 14))];
  if (year < 1900 || year > 2099) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function idNumberKind(digits: string): MaskKind | undefined {
  if (digits.length === 18) return isValidIdNumber(digits) ? "id-number" : undefined;
  return looksLikeIdNumberWithoutCheckDigit(digits) ? "id-number" : undefined;
}

function bankCardKind(digits: string): MaskKind | undefined {
  return /^\d{16,19}$/.test(digits) && passesLuhn(digits) ? "bank-card" : undefined;
}

const MOBILE = /^1[3-9]\d{9}$/;
/**
 * How a mobile number is grouped when written with separators. Other groupings ("1800 2000 300")
 * are more likely amounts side by side than a phone.
 */
const PHONE_LAYOUTS = new Set(["11", "3-4-4", "3-8", "7-4", "4-3-4"]);

function phoneKind(match: string): MaskKind | undefined {
  // The number part without a country code (+86, 0086 or 86, which the pattern only takes before a 1).
  const number = match.replace(/^(?:\+|00)?86(?=\D?1)/, "").replace(new RegExp(`^[${SEP_CHARS}]`), "");
  const digits = number.replace(/\D/g, "");
  if (!MOBILE.test(digits)) return undefined;
  const groups = number.split(SEPARATORS).map((group) => group.length);
  return PHONE_LAYOUTS.has(groups.join("-")) || groups.every((length) => length === 1) ? "phone" : undefined;
}

/** Digits written as Chinese numerals, the way a number is read out: 一三八…, 幺 for 1, 〇/零 for 0, 壹贰叁…. */
const CHINESE_DIGITS: Record<string, string> = {
  零: "0", 〇: "0", 一: "1", 幺: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9",
  壹: "1", 贰: "2", 叁: "3", 肆: "4", 伍: "5", 陆: "6", 柒: "7", 捌: "8", 玖: "9",
};
const NUMERAL = `[0-9${Object.keys(CHINESE_DIGITS).join("")}]`;

/** A run of digits and Chinese numerals, read as digits: a phone, ID or card number if it is one. */
function spokenNumberKind(match: string): MaskKind | undefined {
  const written = match.replace(SEPARATORS, "");
  if (/^\d+$/.test(written)) return undefined; // Arabic digits only: the rules below know their layouts
  const digits = [...written].map((char) => CHINESE_DIGITS[char] ?? char).join("");
  if (MOBILE.test(digits) || /^861[3-9]\d{9}$/.test(digits)) return "phone";
  if (digits.length === 17 || digits.length === 18) return idNumberKind(digits);
  return bankCardKind(digits);
}

const RULES: Rule[] = [
  { pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g, classify: () => "email" },
  { pattern: new RegExp(`(?<!${NUMERAL})${NUMERAL}(?:${SEP}${NUMERAL}){10,18}(?!${NUMERAL})`, "g"), classify: spokenNumberKind },
  {
    pattern: new RegExp(`(?<!\\d)\\d(?:${SEP}\\d){16}(?:${SEP}[\\dXx])?(?![\\dXx])`, "g"),
    classify: (m) => idNumberKind(m.replace(SEPARATORS, "").toUpperCase()),
  },
  {
    pattern: new RegExp(`(?<!\\d)\\d(?:${SEP}\\d){15,18}(?!\\d)`, "g"),
    classify: (m) => bankCardKind(m.replace(/\D/g, "")),
  },
  { pattern: new RegExp(`(?<!\\d)(?:(?:\\+|00)?86${SEP})?1(?:${SEP}\\d){10}(?!\\d)`, "g"), classify: phoneKind },
  // A handle only counts after a cue word: 加V abc123, 微信：abc_123, QQ 12345678.
  { pattern: new RegExp(`(${HANDLE_PREFIX_QQ}\\s*[:：]?\\s*)(\\d{5,11})(?!\\d)`, "g"), classify: () => "qq", keepPrefix: true },
  {
    pattern: new RegExp(`(${HANDLE_PREFIX_WECHAT}\\s*[:：]?\\s*)([A-Za-z][A-Za-z0-9_-]{4,19}|\\d{5,11})(?![A-Za-z0-9_-])`, "g"),
    classify: () => "wechat",
    keepPrefix: true,
  },
];

/** Full-width digits and Latin letters (１３８…, ＱＱ) are folded so they cannot dodge the rules. */
export function foldFullWidth(text: string): string {
  return text.replace(/[０-９Ａ-Ｚａ-ｚ＠]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export function maskPersonalData(input: string): MaskResult {
  let text = foldFullWidth(input);
  const masked: MaskKind[] = [];
  for (const rule of RULES) {
    text = text.replace(rule.pattern, (match: string, ...rest: unknown[]) => {
      const groups = rest.filter((g): g is string => typeof g === "string");
      const kind = rule.classify(match, groups);
      if (!kind) return match;
      masked.push(kind);
      return rule.keepPrefix ? `${groups[0]}${maskPlaceholder(kind)}` : maskPlaceholder(kind);
    });
  }
  return { text, masked: [...new Set(masked)] };
}

/** "手机号、身份证号" — for telling the reader what was hidden. */
export function describeMasked(kinds: readonly MaskKind[]): string {
  return kinds.map((kind) => MASK_LABELS[kind]).join("、");
}
