import type { SqlClient, SqlTransaction } from "@/db";
import type { SearchEvent } from "./browser";
import type { ViewTotal } from "./popular";

export type SearchGap = { query: string; count: number; lastSeen: Date };
/** A query that found articles, and how often its first result was opened. */
export type SearchClickRate = { query: string; searches: number; firstResultClicks: number; lastSeen: Date };

export interface CountStore {
  /**
   * That day's salt for visitor marks, created once for all instances. Creating a new day's salt
   * deletes earlier salts and marks, so neither outlives its day (and search words older than
   * SEARCH_RETENTION_DAYS).
   */
  dailySalt(day: string, create: () => string): Promise<string>;
  /**
   * Counts a view unless `mark` was already seen that day or one of `budgets` is used up; true
   * when counted. Nothing is recorded when it is not counted.
   */
  recordView(articleSlug: string, day: string, mark: string, budgets?: readonly AddressBudget[]): Promise<boolean>;
  totalViews(articleSlug: string): Promise<number>;
  /** Views per article on days ≥ sinceDay, most first. */
  viewTotalsSince(sinceDay: string): Promise<ViewTotal[]>;
  /** Counts a search event for a normalized query unless `mark` was already seen that day. */
  recordSearch(query: string, event: SearchEvent, day: string, mark: string, at: Date, budgets?: readonly AddressBudget[]): Promise<boolean>;
  zeroResultQueriesSince(sinceDay: string, limit: number): Promise<SearchGap[]>;
  /** Queries with results, fewest first-result clicks per search first. */
  clickRatesSince(sinceDay: string, limit: number): Promise<SearchClickRate[]>;
}

/** At most `max` counts a day for `bucket` (an opaque per-address key). */
export type AddressBudget = { bucket: string; max: number };

/** Thrown inside a transaction to undo a mark whose budget is used up. */
class OverBudget extends Error {}

/** How long search words are kept, in days. */
export const SEARCH_RETENTION_DAYS = 90;

const SEARCH_COLUMN: Record<SearchEvent, string> = {
  zero: "zero_results",
  results: "with_results",
  "first-click": "first_result_clicks",
};

/** The CountStore in SQL; the same code runs on PGlite and PostgreSQL. */
export function createSqlCountStore(db: SqlClient): CountStore {
  return {
    async dailySalt(day, create) {
      const created = await db.query("INSERT INTO daily_salts (day, salt) VALUES ($1, $2) ON CONFLICT (day) DO NOTHING RETURNING day", [day, create()]);
      if (created.length > 0) await purgeBefore(day);
      const [row] = await db.query<{ salt: string }>("SELECT salt FROM daily_salts WHERE day = $1", [day]);
      return row.salt;
    },

    async recordView(articleSlug, day, mark, budgets = []) {
      return withinBudgets(day, budgets, async (tx) => {
        // The mark and the count change together: two instances seeing the same reader at once
        // both try the insert, the primary key lets one through, and only that one counts.
        const fresh = await tx.query("INSERT INTO daily_marks (day, mark) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING mark", [day, mark]);
        if (fresh.length === 0) return false;
        await tx.query(
          `INSERT INTO article_views_daily (article_slug, day, views) VALUES ($1, $2, 1)
           ON CONFLICT (article_slug, day) DO UPDATE SET views = article_views_daily.views + 1`,
          [articleSlug, day],
        );
        return true;
      });
    },

    async totalViews(articleSlug) {
      const [{ n }] = await db.query<{ n: string | null }>("SELECT sum(views) AS n FROM article_views_daily WHERE article_slug = $1", [articleSlug]);
      return Number(n ?? 0);
    },

    async viewTotalsSince(sinceDay) {
      const rows = await db.query<{ article_slug: string; n: string }>(
        `SELECT article_slug, sum(views) AS n FROM article_views_daily WHERE day >= $1
         GROUP BY article_slug ORDER BY sum(views) DESC, article_slug`,
        [sinceDay],
      );
      return rows.map((row) => ({ articleSlug: row.article_slug, views: Number(row.n) }));
    },

    async recordSearch(query, event, day, mark, at, budgets = []) {
      const column = SEARCH_COLUMN[event];
      return withinBudgets(day, budgets, async (tx) => {
        const fresh = await tx.query("INSERT INTO daily_marks (day, mark) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING mark", [day, mark]);
        if (fresh.length === 0) return false;
        await tx.query(
          `INSERT INTO search_queries_daily (query, day, ${column}, last_seen) VALUES ($1, $2, 1, $3)
           ON CONFLICT (query, day) DO UPDATE SET ${column} = search_queries_daily.${column} + 1,
             last_seen = GREATEST(search_queries_daily.last_seen, EXCLUDED.last_seen)`,
          [query, day, at],
        );
        return true;
      });
    },

    async zeroResultQueriesSince(sinceDay, limit) {
      const rows = await db.query<{ query: string; n: string; last_seen: Date | string }>(
        `SELECT query, sum(zero_results) AS n, max(last_seen) AS last_seen FROM search_queries_daily
         WHERE day >= $1 AND zero_results > 0
         GROUP BY query ORDER BY sum(zero_results) DESC, max(last_seen) DESC, query LIMIT $2`,
        [sinceDay, limit],
      );
      return rows.map((row) => ({ query: row.query, count: Number(row.n), lastSeen: new Date(row.last_seen) }));
    },

    async clickRatesSince(sinceDay, limit) {
      const rows = await db.query<{ query: string; searches: string; clicks: string; last_seen: Date | string }>(
        `SELECT query, sum(with_results) AS searches, sum(first_result_clicks) AS clicks, max(last_seen) AS last_seen
         FROM search_queries_daily WHERE day >= $1
         GROUP BY query HAVING sum(with_results) > 0
         ORDER BY sum(first_result_clicks)::float / sum(with_results), sum(with_results) DESC, query LIMIT $2`,
        [sinceDay, limit],
      );
      return rows.map((row) => ({ query: row.query, searches: Number(row.searches), firstResultClicks: Number(row.clicks), lastSeen: new Date(row.last_seen) }));
    },
  };

  /**
   * Runs `count` (which inserts the mark and counts) and then takes one unit of every budget, all in
   * one transaction: a budget that is used up rolls the mark and the count back. The conditional
   * upsert is atomic, so parallel requests on several instances cannot overspend a budget.
   */
  async function withinBudgets(day: string, budgets: readonly AddressBudget[], count: (tx: SqlTransaction) => Promise<boolean>): Promise<boolean> {
    try {
      return await db.transaction(async (tx) => {
        if (!(await count(tx))) return false;
        for (const { bucket, max } of budgets) {
          const taken = await tx.query(
            `INSERT INTO daily_address_budget (day, bucket, used) VALUES ($1, $2, 1)
             ON CONFLICT (day, bucket) DO UPDATE SET used = daily_address_budget.used + 1 WHERE daily_address_budget.used < $3
             RETURNING used`,
            [day, bucket, max],
          );
          if (taken.length === 0) throw new OverBudget();
        }
        return true;
      });
    } catch (error) {
      if (error instanceof OverBudget) return false;
      throw error;
    }
  }

  async function purgeBefore(day: string) {
    await db.query("DELETE FROM daily_marks WHERE day < $1", [day]);
    await db.query("DELETE FROM daily_address_budget WHERE day < $1", [day]);
    await db.query("DELETE FROM daily_salts WHERE day < $1", [day]);
    // Search words are kept only as long as editors need them (/privacy says so).
    await db.query("DELETE FROM search_queries_daily WHERE day < $1::date - $2::integer", [day, SEARCH_RETENTION_DAYS]);
  }
}
