/**
 * Masks personal data in reader text before anything is stored. Each kind has a detector and
 * a visible label, so the reader sees what was hidden and readers below see that something was.
 * Order matters: e-mail first (its digits must not look like a phone), then ID numbers (18 digits
 * could also pass Luhn), bank cards, phones, and finally chat handles.
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

type Rule = { kind: MaskKind; pattern: RegExp; accept?: (match: string, groups: string[]) => boolean; keepPrefix?: boolean };

// Digits may be split by spaces or hyphens ("138 1234 5678", "6222-0212-…").
const SEP = "[ \\-]?";
const HANDLE_PREFIX_WECHAT = "(?:加\\s*[Vv微]|[Vv][Xx]|[Ww][Xx]|[Vv]信|微信号?|威信|薇信|薇|卫星号?)";
const HANDLE_PREFIX_QQ = "(?:[Qq]{2}号?|扣扣|企鹅号?)";

const RULES: Rule[] = [
  { kind: "email", pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g },
  { kind: "id-number", pattern: /(?<!\d)\d{17}[\dXx](?!\d)/g, accept: (m) => isValidIdNumber(m) },
  {
    kind: "bank-card",
    pattern: new RegExp(`(?<!\\d)\\d(?:${SEP}\\d){15,18}(?!\\d)`, "g"),
    accept: (m) => {
      const digits = m.replace(/\D/g, "");
      return digits.length >= 16 && digits.length <= 19 && passesLuhn(digits);
    },
  },
  {
    kind: "phone",
    pattern: new RegExp(`(?<!\\d)(?:(?:\\+|00)?86${SEP})?1[3-9]\\d${SEP}\\d{4}${SEP}\\d{4}(?!\\d)`, "g"),
  },
  // A handle only counts after a cue word: 加V abc123, 微信：abc_123, QQ 12345678.
  { kind: "qq", pattern: new RegExp(`(${HANDLE_PREFIX_QQ}\\s*[:：]?\\s*)(\\d{5,11})(?!\\d)`, "g"), keepPrefix: true },
  {
    kind: "wechat",
    pattern: new RegExp(`(${HANDLE_PREFIX_WECHAT}\\s*[:：]?\\s*)([A-Za-z][A-Za-z0-9_-]{4,19}|\\d{5,11})(?![A-Za-z0-9_-])`, "g"),
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
      if (rule.accept && !rule.accept(match, groups)) return match;
      masked.push(rule.kind);
      return rule.keepPrefix ? `${groups[0]}${maskPlaceholder(rule.kind)}` : maskPlaceholder(rule.kind);
    });
  }
  return { text, masked: [...new Set(masked)] };
}

/** "手机号、身份证号" — for telling the reader what was hidden. */
export function describeMasked(kinds: readonly MaskKind[]): string {
  return kinds.map((kind) => MASK_LABELS[kind]).join("、");
}
