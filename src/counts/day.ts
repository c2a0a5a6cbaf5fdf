/**
 * Calendar days as readers live them: counts are per day in China time, whatever the server's
 * time zone. Days are "YYYY-MM-DD" strings, which is also how the date columns compare.
 */
export const COUNT_TIME_ZONE = "Asia/Shanghai";

const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: COUNT_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

export function dayOf(date: Date): string {
  return dayFormat.format(date);
}

/** The day `n` days before `day` ("2026-03-01", 1 → "2026-02-28"). */
export function daysBefore(day: string, n: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - n);
  return date.toISOString().slice(0, 10);
}
