/**
 * Exact decimal arithmetic for money and rates with BigInt: 3000 元 × 0.05% × 40 天 must be
 * 60.00 元, not 59.99999999 (binary floating point cannot hold 0.05% exactly).
 */

/** A non-negative decimal as an integer scaled by 10^scale, e.g. "12.5" at scale 2 → 1250n. */
export function parseDecimal(text: string, scale: number): bigint | undefined {
  const cleaned = text.trim().replace(/[,，\s]/g, "");
  const match = /^(\d+)(?:\.(\d*))?$/.exec(cleaned) ?? /^()\.(\d+)$/.exec(cleaned);
  if (!match) return undefined;
  const [, whole, fraction = ""] = match;
  if (fraction.length > scale) return undefined;
  return BigInt((whole || "0") + fraction.padEnd(scale, "0"));
}

/** Divides and rounds half up (amounts here are never negative). */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** 1234567n fen → "12,345.67". */
export function formatFen(fen: bigint): string {
  const whole = (fen / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${whole}.${(fen % 100n).toString().padStart(2, "0")}`;
}

/** A scaled decimal back to its shortest text: 50000n at scale 6 → "0.05". */
export function formatScaled(value: bigint, scale: number): string {
  const text = value.toString().padStart(scale + 1, "0");
  const whole = text.slice(0, text.length - scale);
  const fraction = text.slice(text.length - scale).replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : whole;
}
