/** An article's facts are re-checked at least this often; older reviews get a notice and a lint warning. */
export const REVIEW_MAX_AGE_MONTHS = 12;

/** `today` minus `months` calendar months, as YYYY-MM-DD (UTC; 2027-02-29 does not exist, so it clamps to the 28th). */
export function monthsBefore(today: string, months: number): string {
  const [year, month, day] = today.split("-").map(Number);
  const target = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** True when `reviewed` lies more than REVIEW_MAX_AGE_MONTHS before `today` (both YYYY-MM-DD). */
export function isReviewStale(reviewed: string, today: string, months = REVIEW_MAX_AGE_MONTHS): boolean {
  return reviewed < monthsBefore(today, months);
}

/** The build's calendar day in China (the readers' zone), so a build just after midnight UTC+8 counts the right day. */
export function todayInChina(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
