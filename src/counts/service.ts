import { createHmac, randomBytes } from "node:crypto";
import { addressGroup } from "@/security";
import type { Article, Site } from "@/content";
import { SEARCH_EVENTS, type PopularItem, type PopularResponse, type SearchEvent } from "./browser";
import { dayOf, daysBefore } from "./day";
import { CountError } from "./errors";
import { rankPopular } from "./popular";
import { isBotUserAgent, isStorableQuery, normalizeQuery } from "./rules";
import type { CountStore, SearchClickRate, SearchGap } from "./store";

/** Who is asking, only as far as "already counted today" needs: address and browser, never stored. */
export type VisitorInfo = { address: string; userAgent: string | null };

export type ViewResult = { counted: boolean; ignored?: "bot"; views: number };
export type SearchLogResult = { stored: boolean; ignored?: "bot" | "personal-data" | "empty" | "repeat" };

export type PopularOptions = { topic?: string; excludeTopic?: string; limit?: number };

export const POPULAR_DAYS = 30;
/**
 * Counts one address (IPv6: its /64) can add per day, whatever User-Agent it sends: a few browsers
 * of one household or office behind one address still count, a script rotating User-Agents does
 * not inflate 热门文章 or the editors' zero-result report (issue 17, finding 3). A site whose readers
 * sit behind large shared addresses (carrier NAT) may raise it with COUNTS_PER_ADDRESS.
 */
export const VIEWS_PER_ADDRESS_PER_ARTICLE = 3;
/** Search events per address per query per day default to the same; all searches of an address to 10×. */
export const SEARCHES_PER_ADDRESS_PER_QUERY = VIEWS_PER_ADDRESS_PER_ARTICLE;
export const SEARCHES_PER_ADDRESS = 10 * VIEWS_PER_ADDRESS_PER_ARTICLE;

/** COUNTS_PER_ADDRESS: a positive integer, or the default (VIEWS_PER_ADDRESS_PER_ARTICLE). */
export function countsPerAddressFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const raw = env.COUNTS_PER_ADDRESS?.trim();
  if (!raw) return VIEWS_PER_ADDRESS_PER_ARTICLE;
  const value = Number(raw);
  if (Number.isInteger(value) && value > 0) return value;
  console.error(`COUNTS_PER_ADDRESS=${raw} 不是正整数，改用默认值 ${VIEWS_PER_ADDRESS_PER_ARTICLE}。`);
  return VIEWS_PER_ADDRESS_PER_ARTICLE;
}
export const POPULAR_LIMIT_MAX = 20;

export type CountServiceOptions = {
  site: Pick<Site, "articles" | "featured" | "topics">;
  now?: () => Date;
  /** Views per article, and search events per query, one address may add a day (searches in all: 10×). */
  countsPerAddress?: number;
};

/**
 * Reading counts and search gaps without identifiers. A visitor is recognised only within one
 * day, by an HMAC of address + user agent + what is counted under that day's random salt; the
 * salt and the marks are deleted when the day is over, so yesterday's readers cannot be linked
 * to today's, nor to anything stored.
 */
export class CountService {
  private readonly now: () => Date;
  private salt: { day: string; value: Promise<string> } | undefined;
  private readonly articles: Map<string, Article>;
  private readonly perAddress: number;

  constructor(
    readonly store: CountStore,
    private readonly options: CountServiceOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.perAddress = options.countsPerAddress ?? VIEWS_PER_ADDRESS_PER_ARTICLE;
    this.articles = new Map(options.site.articles.map((article) => [article.slug, article]));
  }

  private requireArticle(raw: unknown): string {
    const slug = typeof raw === "string" ? raw : "";
    if (slug === "") throw new CountError("invalid-input", "缺少文章（article）", "article");
    if (!this.articles.has(slug)) throw new CountError("unknown-article", "没有这篇文章", "article");
    return slug;
  }

  /** The salt of `day`, read from the database (shared by every instance) and cached for that day. */
  private daySalt(day: string): Promise<string> {
    if (this.salt?.day !== day) {
      const value = this.store.dailySalt(day, () => randomBytes(32).toString("base64url"));
      this.salt = { day, value };
      value.catch(() => {
        if (this.salt?.value === value) this.salt = undefined; // retry on the next request
      });
    }
    return this.salt.value;
  }

  private async mark(day: string, visitor: VisitorInfo, what: string): Promise<string> {
    const salt = await this.daySalt(day);
    return createHmac("sha256", salt)
      .update(`${addressGroup(visitor.address)}\n${visitor.userAgent ?? ""}\n${what}`)
      .digest("base64url")
      .slice(0, 32);
  }

  /** The per-address budget key for `what` today: an HMAC of the address group only (no User-Agent). */
  private async addressBucket(day: string, visitor: VisitorInfo, what: string): Promise<string> {
    return this.mark(day, { address: visitor.address, userAgent: "\u0000address-budget" }, what);
  }

  /** One view per article per visitor per day, and at most VIEWS_PER_ADDRESS_PER_ARTICLE per address; bots are not counted. */
  async recordView(rawSlug: unknown, visitor: VisitorInfo): Promise<ViewResult> {
    const slug = this.requireArticle(rawSlug);
    if (isBotUserAgent(visitor.userAgent)) return { counted: false, ignored: "bot", views: await this.store.totalViews(slug) };
    const day = dayOf(this.now());
    const counted = await this.store.recordView(slug, day, await this.mark(day, visitor, `view\n${slug}`), [
      { bucket: await this.addressBucket(day, visitor, `view\n${slug}`), max: this.perAddress },
    ]);
    return { counted, views: await this.store.totalViews(slug) };
  }

  async viewCount(rawSlug: unknown): Promise<number> {
    return this.store.totalViews(this.requireArticle(rawSlug));
  }

  /** 热门文章 of the last 30 days (all articles, one topic's, or all but one topic's). */
  async popular({ topic, excludeTopic, limit = 5 }: PopularOptions = {}): Promise<PopularResponse> {
    for (const [field, id] of [["topic", topic], ["excludeTopic", excludeTopic]] as const) {
      if (id !== undefined && !this.options.site.topics.some((t) => t.id === id)) throw new CountError("unknown-topic", "没有这个主题", field);
    }
    if (!Number.isInteger(limit) || limit < 1 || limit > POPULAR_LIMIT_MAX) throw new CountError("invalid-input", `数量（limit）应是 1 到 ${POPULAR_LIMIT_MAX} 的整数`, "limit");
    const since = daysBefore(dayOf(this.now()), POPULAR_DAYS - 1);
    const { ranked, source } = rankPopular(this.options.site, await this.store.viewTotalsSince(since), { limit, topic, excludeTopic });
    const articles: PopularItem[] = ranked.map(({ article, views }) => ({ slug: article.slug, title: article.title, href: `/articles/${article.slug}`, views }));
    return { articles, source };
  }

  /**
   * A search event for the editors' "what was not found" list. The query is normalized first;
   * if it holds anything the comment masker would hide, it is dropped and nothing is stored.
   */
  async recordSearch(raw: unknown, visitor: VisitorInfo): Promise<SearchLogResult> {
    const fields = (raw ?? {}) as Record<string, unknown>;
    const rawQuery = typeof fields.query === "string" ? fields.query : undefined;
    if (rawQuery === undefined) throw new CountError("invalid-input", "缺少搜索词（query）", "query");
    if (rawQuery.length > 1000) throw new CountError("invalid-input", "搜索词太长", "query");
    const event = fields.event;
    if (typeof event !== "string" || !(SEARCH_EVENTS as readonly string[]).includes(event)) {
      throw new CountError("invalid-input", `event 应是 ${SEARCH_EVENTS.join("、")} 之一`, "event");
    }
    const query = normalizeQuery(rawQuery);
    if (query === "") return { stored: false, ignored: "empty" };
    if (!isStorableQuery(rawQuery, query)) return { stored: false, ignored: "personal-data" };
    if (isBotUserAgent(visitor.userAgent)) return { stored: false, ignored: "bot" };
    const now = this.now();
    const day = dayOf(now);
    const what = `search\n${event}\n${query}`;
    const stored = await this.store.recordSearch(query, event as SearchEvent, day, await this.mark(day, visitor, what), now, [
      { bucket: await this.addressBucket(day, visitor, what), max: this.perAddress },
      { bucket: await this.addressBucket(day, visitor, "search"), max: 10 * this.perAddress },
    ]);
    return stored ? { stored } : { stored, ignored: "repeat" };
  }

  /** The searches that found nothing in the last `days` days, most frequent first. */
  zeroResultQueries(days = POPULAR_DAYS, limit = 50): Promise<SearchGap[]> {
    return this.store.zeroResultQueriesSince(daysBefore(dayOf(this.now()), days - 1), limit);
  }

  /** Searches with results whose first result is rarely opened, worst first. */
  firstResultClickRates(days = POPULAR_DAYS, limit = 20): Promise<SearchClickRate[]> {
    return this.store.clickRatesSince(daysBefore(dayOf(this.now()), days - 1), limit);
  }
}
