import { dayOf, daysBefore } from "./day";
import type { CountStore } from "./store";

const time = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "short", timeStyle: "short" });

/**
 * The editors' plain-text report (`npm run -s report:search`): the most frequent searches that
 * found nothing in the last `days` days, then searches whose first result is rarely opened.
 */
export async function searchReport(store: CountStore, { now = new Date(), days = 30, limit = 30 }: { now?: Date; days?: number; limit?: number } = {}): Promise<string> {
  const since = daysBefore(dayOf(now), days - 1);
  const [gaps, rates] = await Promise.all([store.zeroResultQueriesSince(since, limit), store.clickRatesSince(since, 10)]);
  const lines = [`没搜到的问题（${since} 起，近 ${days} 天；次数 = 每人每天最多 1 次）`];
  if (gaps.length === 0) lines.push("  （没有记录）");
  for (const gap of gaps) lines.push(`${String(gap.count).padStart(6)}  ${time.format(gap.lastSeen)}  ${gap.query}`);
  const weak = rates.filter((r) => r.firstResultClicks * 2 < r.searches);
  if (weak.length > 0) {
    lines.push("", "有结果，但第一条很少被点开（搜索次数 / 点开第一条）");
    for (const rate of weak) lines.push(`${String(rate.searches).padStart(6)} / ${String(rate.firstResultClicks).padEnd(4)}  ${rate.query}`);
  }
  return lines.join("\n");
}
