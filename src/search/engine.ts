import { bigrams, foldText, runs, tokensOfFolded, type CharFolding } from "./analyze";
import { expandIndex } from "./format";
import type { IndexTables, LawMatch, SearchIndexData, SearchResult, TextPart } from "./types";
import { parseLawQuery } from "../law/query";

/** Longer queries are cut here (the input's maxlength says the same); nobody types more into a help-center box. */
export const MAX_QUERY_LENGTH = 200;

/**
 * How much a token found by expansion counts, relative to one the reader typed. An expansion stays below what
 * was typed: the reader's own word says what the article should contain, the expansion only that it may.
 */
const WEIGHT = { typed: 1, english: 0.9, synonym: 0.5, pinyin: 0.8, homophone: 0.7, questionWord: 0.15 } as const;

/**
 * Words that ask rather than say what about (怎么办, 会不会, 可以吗, 合法吗): on a corpus of questions they
 * occur in many titles and FAQ questions, so their bigrams would outweigh the topic. A typed bigram lying
 * wholly inside one of them counts at WEIGHT.questionWord, and it does not count toward coverage.
 */
export const QUESTION_WORDS = [
  "会不会", "是不是", "能不能", "可不可以", "要不要", "有没有", "算不算", "行不行", "该不该",
  "怎么办", "怎么样", "怎么", "怎样", "为什么", "什么", "如何", "多少", "哪些", "哪个", "哪里", "干嘛",
  "可以吗", "合法吗", "违法吗", "犯法吗", "有用吗", "真的吗", "正常吗", "靠谱吗", "还能", "到底", "现在", "一直", "天天",
  "可以", "能否", "是否", "会怎样", "吗", "呢", "吧", "了", "的", "我", "你", "他", "她",
];

const QUESTION_WORDS_LONGEST_FIRST = [...QUESTION_WORDS].sort((x, y) => y.length - x.length);

const K1 = 1.2;
/** How much more an article counts when its head (title, summary, tags) holds all the typed topic words. */
const HEAD_BONUS = 2;
/** …and how much more again when its title asks it (the title is the reader's question, the summary its answer). */
const TITLE_BONUS = 2;
/** A result must cover at least this share of the typed topic words (idf-weighted)… */
const MIN_COVERAGE = 0.4;
/** …and score at least this share of the best result's score. */
const RELATIVE_FLOOR = 0.3;
const B = 0.5;
/** A query is "mostly unknown" when this share of its topic characters occurs in no bigram of the site. */
const UNKNOWN_SHARE = 0.4;
/** At least one result must name this share of the typed topic (idf-weighted) in its title, summary, tags, headings or FAQ questions. */
const LABEL_FLOOR = 0.3;
/** How much more a typed whole word counts toward coverage than a bare typed bigram. */
const WORD_COVERAGE = 3;
const SNIPPET_LENGTH = 90;
/** A typed bigram is a chance pair when a neighbouring pair of the query occurs in this many times more units. */
const CHANCE_PAIR_RATIO = 4;

/** The most tokens whose per-article postings a Searcher keeps (a few MB at 5,000 articles). */
const ARTICLE_TABLES_KEPT = 20_000;

interface ArticlePostings {
  /** Articles holding the token, ascending. */
  articles: Int32Array;
  /** Its weighted count in each (field boosts applied). */
  sums: Float64Array;
  /** 1 where it is in the article's head (title, summary, tags). */
  head: Uint8Array;
}

/** A query token and where it came from; `source` groups a typed token with its expansions (for coverage). */
interface QueryToken {
  token: string;
  weight: number;
  source: number;
}

export interface AnalyzedQuery {
  /** The query folded (NFKC, lower case, 简体). */
  folded: string;
  tokens: QueryToken[];
  /** Number of token sources the reader typed in Chinese or Latin letters (topic parts, question words left out). */
  sources: number;
  /**
   * The parts of the question coverage is measured against: the typed topic sources, plus the parts the reader
   * wrote in a form the index does not hold, whose expansions stand for them: an English term (parents → 父母),
   * pinyin (jiebei → 借呗) and a one-character listed word (谈 → 协商, 改 → 修改).
   */
  topicSources: Set<number>;
  /** Topic sources that are whole words (a listed word, a 3+-character segmenter word, an expansion), not bare bigrams. */
  wordSources: Set<number>;
  /**
   * Parts of the question that stand for one concept in several words: a synonym group (爸妈, 父母, 家人), an
   * English term's Chinese words, a pinyin word. Source → the words; an article covers the part when it holds one
   * of them whole, and the part is as rare as the articles holding any (one rare variant is not the weightiest part).
   */
  concepts: Map<number, string[]>;
  /** Where those whole words occur in `folded` (UTF-16 [start, end)). */
  wordSpans: { word: string; start: number; end: number }[];
}

/** Trims, drops control characters, and cuts to MAX_QUERY_LENGTH characters. */
export function cleanQuery(raw: unknown): string {
  const text = Array.isArray(raw) ? raw[0] : raw;
  if (typeof text !== "string") return "";
  return [...text.replace(/[\u0000-\u001f\u007f]/g, " ").trim()].slice(0, MAX_QUERY_LENGTH).join("").trim();
}

export class Searcher {
  readonly t2s: CharFolding;
  /** The in-memory tables, expanded from the serialised index the same way on the server and in the browser. */
  readonly index: IndexTables;
  private readonly articleLength: number[];
  private readonly averageLength: number;
  private readonly pinyinKeyLengths: number[];
  private readonly labelText: string[];
  private readonly titleText: string[];
  /** Per unit: its article, and whether it is the article's head (title, summary, tags). */
  private readonly unitArticle: Int32Array;
  private readonly unitIsHead: Uint8Array;
  /** Article a's units are [firstUnit[a], firstUnit[a + 1]) (units are stored in article order). */
  private readonly firstUnit: Int32Array;
  /** BM25's length normalisation per article: K1 × (1 − B + B × length / average length). */
  private readonly lengthNorm: Float64Array;
  /** The editors' words: every synonym-group member, and those plus the English terms' Chinese words. */
  private readonly synonymWords: string[];
  private readonly listedWords: string[];
  /** Per token, once asked for: its postings summed per article (see articlePostings). */
  private readonly articleTables = new Map<string, ArticlePostings>();

  private readonly laws: NonNullable<SearchIndexData["laws"]>;

  constructor(data: SearchIndexData) {
    this.laws = data.laws ?? [];
    const index = (this.index = expandIndex(data));
    this.t2s = index.t2s;
    this.articleLength = index.articles.map(() => 0);
    for (const unit of index.units) this.articleLength[unit.a] += unit.len;
    this.averageLength = this.articleLength.reduce((x, y) => x + y, 0) / Math.max(1, this.articleLength.length);
    this.pinyinKeyLengths = [...new Set([...index.pinyin.keys()].map((key) => key.length))].sort((x, y) => y - x);
    // What each article says it is about: title, summary, tags, section headings and FAQ questions.
    this.titleText = data.articles.map((article) => foldText(article.title, this.t2s));
    this.labelText = data.articles.map((article) => foldText([article.title, article.summary, ...article.tags].join("\n"), this.t2s));
    for (const unit of index.units) if (unit.label) this.labelText[unit.a] += `\n${foldText(unit.label, this.t2s)}`;
    this.unitArticle = Int32Array.from(index.units, (unit) => unit.a);
    this.unitIsHead = Uint8Array.from(index.units, (unit) => (unit.kind === "head" ? 1 : 0));
    this.synonymWords = [...new Set(index.synonyms.flat())];
    this.listedWords = [...new Set([...this.synonymWords, ...index.terms.flatMap((term) => term.zh)])];
    this.lengthNorm = Float64Array.from(this.articleLength, (length) => K1 * (1 - B + (B * length) / this.averageLength));
    this.firstUnit = new Int32Array(index.articles.length + 1);
    for (let a = 0, u = 0; a <= index.articles.length; a++) {
      while (u < index.units.length && index.units[u].a < a) u++;
      this.firstUnit[a] = u;
    }
  }

  /**
   * A token's postings summed per article: the articles it occurs in (ascending), its weighted count in each, and
   * whether it is in the article's head. Kept for the Searcher's life (a server answers many queries with the same
   * words); the table is emptied when it holds ARTICLE_TABLES_KEPT tokens.
   */
  private articlePostings(token: string): ArticlePostings | undefined {
    const kept = this.articleTables.get(token);
    if (kept) return kept;
    const flat = this.index.postings.get(token);
    if (!flat) return undefined;
    const most = flat.length / 2;
    const articles = new Int32Array(most);
    const sums = new Float64Array(most);
    const head = new Uint8Array(most);
    let count = 0;
    for (let i = 0; i < flat.length; i += 2) {
      const a = this.unitArticle[flat[i]];
      if (count === 0 || articles[count - 1] !== a) articles[count++] = a;
      sums[count - 1] += flat[i + 1] / 10;
      if (this.unitIsHead[flat[i]]) head[count - 1] = 1;
    }
    const table = { articles: articles.slice(0, count), sums: sums.slice(0, count), head: head.slice(0, count) };
    if (this.articleTables.size >= ARTICLE_TABLES_KEPT) this.articleTables.clear();
    this.articleTables.set(token, table);
    return table;
  }

  /** The query's tokens: what was typed, then English terms, synonyms, pinyin and homophone repairs. */
  analyzeQuery(query: string): AnalyzedQuery {
    const folded = foldText(cleanQuery(query), this.t2s);
    const tokens: QueryToken[] = [];
    let sources = 0;
    const add = (token: string, weight: number, source: number) => {
      const existing = tokens.find((t) => t.token === token);
      if (existing) existing.weight = Math.max(existing.weight, weight);
      else tokens.push({ token, weight, source });
    };
    const asking = questionWordPositions(folded);
    const allTyped = [...new Set(tokensOfFolded(folded))];
    // A token touching a question word anywhere it occurs (么办, or 话怎 across 电话|怎么) says nothing about
    // the topic. Topic tokens go first: they are the typed sources coverage is measured against.
    const isQuestionToken = (token: string) => {
      for (let at = folded.indexOf(token); at >= 0; at = folded.indexOf(token, at + 1)) {
        if (!asking.slice(at, at + token.length).some(Boolean)) return false;
      }
      return folded.includes(token);
    };
    // Words the query holds for sure: its 3+-character segmenter words and the editors' listed words. Their inner
    // bigrams are parts of one word (one source for coverage: 三个月 is one thing asked, not 三个 + 个月 + 三个月),
    // and a bigram straddling a word's edge and nothing else (期三 in 逾期三个月, 贷平 in 网贷平台) is filler.
    const knownWords = [...new Set([...allTyped.filter((token) => token.length > 2 && /\p{Script=Han}/u.test(token)), ...this.listedWords.filter((word) => word.length >= 2 && folded.includes(word))])]
      .filter((word) => !isQuestionToken(word))
      .sort((x, y) => y.length - x.length);
    const occurrences = knownWords.flatMap((word) => positionsOf(folded, word).map((start) => ({ word, start, end: start + word.length })));
    const wordOwning = (token: string) => {
      const owners = positionsOf(folded, token).map((at) => occurrences.find((o) => o.start <= at && at + token.length <= o.end)?.word);
      return owners.every((owner) => owner !== undefined && owner === owners[0]) ? owners[0] : undefined;
    };
    const straddles = (token: string) =>
      token.length === 2 &&
      !knownWords.includes(token) &&
      positionsOf(folded, token).every(
        (at) => !occurrences.some((o) => o.start <= at && at + 2 <= o.end) && occurrences.some((o) => o.end === at + 1 || o.start === at + 1),
      );
    // A bigram the site mostly holds as part of a neighbouring pair is a chance pair across two words: 台谈 in
    // 平台|谈, 友借 in 朋友|借钱, 要帮 in 人要|帮他. Being rare, it would otherwise carry the highest idf.
    const unitCount = (bigram: string) => (this.index.postings.get(bigram)?.length ?? 0) / 2;
    const chancePair = (token: string) => {
      if (token.length !== 2 || !/^\p{Script=Han}{2}$/u.test(token) || knownWords.includes(token)) return false;
      const own = Math.max(1, unitCount(token));
      return positionsOf(folded, token).every((at) => {
        if (occurrences.some((o) => o.start <= at && at + 2 <= o.end)) return false;
        const neighbours = [folded.slice(at - 1, at + 1), folded.slice(at + 1, at + 3)].filter((pair, i) => pair.length === 2 && (i === 0 ? at > 0 : true));
        return neighbours.some((pair) => /^\p{Script=Han}{2}$/u.test(pair) && unitCount(pair) >= CHANCE_PAIR_RATIO * own);
      });
    };
    const isFiller = (token: string) => isQuestionToken(token) || straddles(token) || chancePair(token);
    const typedTokens = [...allTyped.filter((token) => !isFiller(token)), ...allTyped.filter(isFiller)];
    const wordSource = new Map<string, number>();
    let topicSources = 0;
    const typedSource = new Map<string, number>();
    for (const token of typedTokens) {
      if (isFiller(token)) continue;
      const owner = wordOwning(token);
      if (owner !== undefined && wordSource.has(owner)) typedSource.set(token, wordSource.get(owner)!);
      else {
        typedSource.set(token, topicSources);
        if (owner !== undefined) wordSource.set(owner, topicSources);
        topicSources++;
      }
    }
    sources = topicSources;
    const topicSourceSet = new Set(Array.from({ length: topicSources }, (_, i) => i));
    const expansionSources = new Set<number>();
    const concepts = new Map<number, string[]>();
    const addConcept = (source: number, words: string[]) => concepts.set(source, [...new Set([...(concepts.get(source) ?? []), ...words])]);
    /** A new part of the question that only expansions stand for; an English or pinyin word counts as a whole word. */
    const expansionSource = (wholeWord: boolean) => {
      const source = sources++;
      topicSourceSet.add(source);
      if (wholeWord) expansionSources.add(source);
      return source;
    };
    for (const token of typedTokens) add(token, isFiller(token) ? WEIGHT.questionWord : WEIGHT.typed, typedSource.get(token) ?? sources++);

    // English core terms ("credit report" → 征信), matched as whole words.
    let rest = ` ${folded.replace(/[^a-z0-9]+/g, " ")} `;
    for (const term of this.index.terms) {
      for (const en of [...term.en].sort((x, y) => y.length - x.length)) {
        const needle = ` ${en.replace(/[^a-z0-9]+/g, " ").trim()} `;
        if (!rest.includes(needle)) continue;
        rest = rest.replace(needle, " ");
        const source = expansionSource(true);
        addConcept(source, term.zh);
        for (const zh of term.zh) for (const token of tokensOfFolded(zh)) add(token, WEIGHT.english, source);
      }
    }

    // Pinyin typed without an input method: letters (spaces optional) split into known pinyin keys.
    for (const run of rest.split(/[^a-z ]+/)) {
      const letters = run.replace(/ /g, "");
      if (letters.length < 2) continue;
      for (const word of this.wordsFromPinyin(letters)) {
        const source = expansionSource(true);
        addConcept(source, [word]);
        for (const token of tokensOfFolded(word)) add(token, WEIGHT.pinyin, source);
      }
    }

    // Editor synonyms: a member found in the query brings in the others, unless it is only part of a longer
    // listed word the reader typed (联系人 inside 紧急联系人 must not bring in 通讯录).
    const longerTyped = this.synonymWords.filter((word) => folded.includes(word));
    const standsAlone = (member: string) => {
      for (let at = folded.indexOf(member); at >= 0; at = folded.indexOf(member, at + 1)) {
        const inside = longerTyped.some((word) => {
          if (word.length <= member.length || !word.includes(member)) return false;
          for (let w = folded.indexOf(word); w >= 0; w = folded.indexOf(word, w + 1)) if (w <= at && at + member.length <= w + word.length) return true;
          return false;
        });
        if (!inside) return true;
      }
      return false;
    };
    for (const group of this.index.synonyms) {
      const present = group.filter((member) => folded.includes(member) && standsAlone(member));
      if (present.length === 0) continue;
      // A member the reader typed as one of its tokens (爸妈) lends it its source: an article saying 父母 covers
      // that part of the question, at the expansion's lower weight.
      const typedMember = present.find((member) => typedSource.has(member) || wordSource.has(member));
      // A one-character member (谈, 改, 换) is a word no bigram holds: its expansions stand for the topic bigram
      // around it (换掉 is covered by an article saying 更换) or, between fillers (平台谈还款), for a part of their own.
      const single = present.find((member) => member.length === 1 && positionsOf(folded, member).some((at) => !asking[at]));
      const around = single && typedTokens.find((token) => token.length === 2 && token.includes(single) && typedSource.has(token));
      const source = typedMember
        ? (typedSource.get(typedMember) ?? wordSource.get(typedMember)!)
        : around
          ? typedSource.get(around)!
          : single
            ? expansionSource(false)
            : sources++;
      addConcept(source, around ? [around, ...group] : group);
      for (const member of group) {
        if (present.includes(member)) continue;
        for (const token of tokensOfFolded(member)) add(token, WEIGHT.synonym, source);
      }
    }

    // A wrong homophone in a two-character word (借被 → 借呗): an unknown bigram whose pinyin is a known word
    // that keeps one of the two characters.
    for (const run of runs(folded)) {
      if (!run.cjk) continue;
      for (const bigram of bigrams(run.text)) {
        if ([...bigram].length !== 2 || this.index.postings.has(bigram)) continue;
        // Only a topic bigram is worth repairing: a filler (我现 in 说我现在, 息低 in 利息低) is no typo.
        const source = typedSource.get(bigram);
        if (source === undefined) continue;
        for (const word of this.homophoneRepairs(bigram)) add(word, WEIGHT.homophone, source);
      }
    }
    // A query of question words only (怎么办) measures coverage against them.
    if (topicSources === 0) typedTokens.forEach((_, source) => topicSourceSet.add(source));
    return {
      folded,
      tokens,
      sources: topicSources > 0 ? topicSources : typedTokens.length,
      topicSources: topicSourceSet,
      concepts,
      wordSources: new Set([...wordSource.values(), ...expansionSources]),
      wordSpans: occurrences,
    };
  }

  /**
   * Whether half or more of the query's topic characters (汉字 outside question words) occur in no bigram the
   * site has and were not rescued by a synonym: 车险, 退税, 医保报销 are words the site never uses, so whatever
   * shares its other characters is no answer.
   */
  mostlyUnknown(analyzed: AnalyzedQuery): boolean {
    const asking = questionWordPositions(analyzed.folded);
    const expanded = this.synonymWords.filter((word) => analyzed.folded.includes(word));
    const chars = [...analyzed.folded];
    let topic = 0;
    let unknown = 0;
    // A whole word (信用卡, 紧急联系人) is one part of the question however many characters it has: 信用卡年费 is
    // one known word and two unknown characters, mostly unknown.
    const counted = new Set<(typeof analyzed.wordSpans)[number]>();
    let topicChars = 0;
    let at = 0;
    chars.forEach((char, i) => {
      const offset = at;
      at += char.length;
      const han = (k: number) => k >= 0 && k < chars.length && /\p{Script=Han}/u.test(chars[k]) && !asking[k];
      // A lone character between question words (钱 in 的钱要不要) is no word of its own.
      if (!han(i) || (!han(i - 1) && !han(i + 1))) return;
      topicChars++;
      topic++;
      const known = [i - 1, i].some((start) => {
        const pair = chars.slice(start, start + 2);
        if (start < 0 || pair.length < 2 || asking[start] || asking[start + 1]) return false;
        const bigram = pair.join("");
        return this.index.postings.has(bigram) || expanded.some((word) => word.includes(bigram));
      });
      if (!known && !expanded.some((word) => word.includes(char))) unknown++;
    });
    // Three characters or fewer are too short to judge (正信, 罚习: typos the homophone repair rescues).
    return topicChars > 3 && unknown / topic >= UNKNOWN_SHARE;
  }

  /** Splits letters into pinyin keys of the content's words (longest keys first, dynamic programming for full cover). */
  wordsFromPinyin(letters: string): string[] {
    const n = letters.length;
    // best[i] = fewest keys covering letters[0..i), or Infinity.
    const best: number[] = new Array(n + 1).fill(Infinity);
    const step: (string | undefined)[] = new Array(n + 1).fill(undefined);
    best[0] = 0;
    for (let i = 0; i < n; i++) {
      if (best[i] === Infinity) continue;
      for (const length of this.pinyinKeyLengths) {
        if (i + length > n) continue;
        const key = letters.slice(i, i + length);
        if (!this.index.pinyin.has(key)) continue;
        // Initials keys ("zfb") only stand for a whole typed run: inside longer letters they would match noise.
        if (!this.index.fullPinyinKeys.has(key) && length !== n) continue;
        if (best[i] + 1 < best[i + length]) {
          best[i + length] = best[i] + 1;
          step[i + length] = key;
        }
      }
    }
    if (best[n] === Infinity) return [];
    const words: string[] = [];
    for (let end = n; end > 0; ) {
      const key = step[end]!;
      // The most frequent word for the key; its rivals would mostly add noise.
      words.unshift(this.index.pinyin.get(key)![0]);
      end -= key.length;
    }
    return words;
  }

  homophoneRepairs(bigram: string): string[] {
    const [first, second] = [...bigram];
    const firstReadings = this.index.charSyllables.get(first) ?? [];
    const secondReadings = this.index.charSyllables.get(second) ?? [];
    const found = new Set<string>();
    for (const x of firstReadings) {
      for (const y of secondReadings) {
        for (const word of this.index.pinyin.get(x + y) ?? []) {
          const chars = [...word];
          if (chars.length === 2 && (chars[0] === first) !== (chars[1] === second) && this.index.postings.has(word)) found.add(word);
        }
      }
    }
    return [...found];
  }

  /**
   * A query that names a quoted law article ("民法典1033条", "刑法第二百九十三条之一"): its /law entry and the
   * articles citing it. Ordinary questions never match, so law pages do not crowd out articles.
   */
  lawMatch(query: string): LawMatch | undefined {
    if (this.laws.length === 0) return undefined;
    const folded = foldText(cleanQuery(query), this.t2s);
    const targets = this.laws.map((law) => ({ slug: law.slug, names: law.names, keys: law.articles.map((article) => article.key) }));
    const hit = parseLawQuery(folded, targets);
    if (!hit) return undefined;
    const law = this.laws.find((entry) => entry.slug === hit.slug)!;
    const article = law.articles.find((entry) => entry.key === hit.key)!;
    return {
      title: `《${law.shortName}》${article.label}`,
      url: `/law/${law.slug}#${article.key}`,
      citing: article.citing.map((a) => this.index.articles[a].slug),
    };
  }

  /**
   * The results that plausibly answer the query, best first: none when even the best article covers too little of
   * what was typed (then the page says plainly that no article answers it), and never the long tail of articles
   * that share one word with the query.
   */
  search(query: string, limit = 10): SearchResult[] {
    return this.rank(query, limit, true);
  }

  /** The nearest articles whether or not they answer the query: what a "not found" page offers as closest topics. */
  closest(query: string, limit = 3): SearchResult[] {
    return this.rank(query, limit, false);
  }

  private rank(query: string, limit: number, withFloor: boolean): SearchResult[] {
    const lawMatch = this.lawMatch(query);
    const analyzed = this.analyzeQuery(query);
    if (analyzed.tokens.length === 0) return [];
    // The relevance floor, relative to the query: a query the site does not cover leaves nothing above it.
    if (withFloor && this.mostlyUnknown(analyzed)) return [];
    // Nothing the reader asked about (宽带 in 宽带怎么办理), typed or expanded, occurs on the site: whatever
    // matched, matched the question words.
    const topical = analyzed.tokens.filter((t) => t.weight > WEIGHT.questionWord);
    if (withFloor && topical.length > 0 && !topical.some((t) => this.index.postings.has(t.token))) return [];

    // Per article, in flat typed arrays (thousands of articles: no Map or Set per article): the BM25 score, and
    // which topic sources it matched anywhere (hitMask) and in its head (headMask), one bit per topic source.
    const articleCount = this.index.articles.length;
    const { unitIsHead } = this;
    const tokens = analyzed.tokens;
    const bitOf = new Map([...analyzed.topicSources].map((source, bit) => [source, bit]));
    const words = Math.max(1, Math.ceil(bitOf.size / 32));
    const hitMask = new Uint32Array(articleCount * words);
    const headMask = new Uint32Array(articleCount * words);
    const has = (mask: Uint32Array, a: number, bit: number) => (mask[a * words + (bit >>> 5)] & (1 << (bit & 31))) !== 0;
    const score = new Float64Array(articleCount);
    // The articles that matched, in the order first matched; an index into this list names a candidate below.
    const touched = new Int32Array(articleCount);
    let touchedCount = 0;
    const seen = new Uint8Array(articleCount);
    /** Per query token, the articles it occurs in, ascending (units are stored in article order). */
    const tokenArticles: Int32Array[] = [];
    const sourceIdf = new Map<number, number>();

    const { lengthNorm } = this;
    tokens.forEach(({ token, weight, source }, k) => {
      const table = this.articlePostings(token);
      tokenArticles[k] = table?.articles ?? new Int32Array(0);
      if (!table) return;
      const { articles, sums, head } = table;
      const bit = bitOf.get(source);
      const idf = Math.log(1 + (articleCount - articles.length + 0.5) / (articles.length + 0.5));
      // A whole word counts WORD_COVERAGE times a bare bigram toward coverage: a bigram may be a chance pair.
      const coverageWeight = idf * (analyzed.wordSources.has(source) ? WORD_COVERAGE : 1);
      if (bit !== undefined && weight === WEIGHT.typed) sourceIdf.set(source, Math.max(sourceIdf.get(source) ?? 0, coverageWeight));
      const slot = bit === undefined ? -1 : bit >>> 5;
      const flag = bit === undefined ? 0 : 1 << (bit & 31);
      for (let j = 0; j < articles.length; j++) {
        const a = articles[j];
        const tf = sums[j];
        score[a] += weight * idf * ((tf * (K1 + 1)) / (tf + lengthNorm[a]));
        if (!seen[a]) {
          seen[a] = 1;
          touched[touchedCount++] = a;
        }
        if (slot >= 0) {
          hitMask[a * words + slot] |= flag;
          if (head[j]) headMask[a * words + slot] |= flag;
        }
      }
    });
    const tokenIndex = new Map(tokens.map((t, k) => [t.token, k]));

    // A concept (爸妈 = 父母 = 家人; parents → 父母, 家人) is as rare as the articles holding any of its words (all of a
    // word's bigrams): 爸妈 in one FAQ question must not make it outweigh the rest of the question. Such an article
    // covers the part even when the word's tokens were counted for another part (新规 is in two groups).
    const conceptHolders = new Map<number, Uint8Array>();
    for (const [source, conceptWords] of analyzed.concepts) {
      if (!analyzed.topicSources.has(source)) continue;
      const holders = new Uint8Array(articleCount);
      let count = 0;
      for (const word of conceptWords) {
        const parts = [...new Set(tokensOfFolded(word, false).filter((token) => !/^\p{Script=Han}$/u.test(token)))];
        const lists = parts.map((token) => tokenArticles[tokenIndex.get(token) ?? -1]);
        if (parts.length === 0 || lists.some((list) => !list || list.length === 0)) continue;
        // An article holds the word when every part's list has it: partsIn[a] counts the lists in a row that hold a.
        const partsIn = new Uint8Array(articleCount);
        for (let l = 0; l < lists.length; l++) {
          const list = lists[l];
          for (let j = 0; j < list.length; j++) if (partsIn[list[j]] === l) partsIn[list[j]] = l + 1;
        }
        const last = lists[lists.length - 1];
        for (let j = 0; j < last.length; j++) {
          const a = last[j];
          if (partsIn[a] !== lists.length || holders[a]) continue;
          holders[a] = 1;
          count++;
        }
      }
      if (count === 0) continue;
      conceptHolders.set(source, holders);
      const idf = Math.log(1 + (articleCount - count + 0.5) / (count + 0.5));
      sourceIdf.set(source, idf * (analyzed.wordSources.has(source) ? WORD_COVERAGE : 1));
    }
    // A typed part of the question that occurs nowhere on the site (买车 in 买车贷款) is the rarest word of all:
    // no article covers it, unless a homophone repair of it matched (借被 → 借呗).
    const unknownIdf = Math.log(1 + (articleCount + 0.5) / 0.5);
    for (const { token, weight, source } of tokens) {
      if (!analyzed.topicSources.has(source) || weight !== WEIGHT.typed || sourceIdf.has(source) || !/\p{Script=Han}/u.test(token)) continue;
      if (tokens.some((t) => t.source === source && this.index.postings.has(t.token))) continue;
      sourceIdf.set(source, unknownIdf * (analyzed.wordSources.has(source) ? WORD_COVERAGE : 1));
    }
    // Coverage: an article that matches every part of the query beats one that repeats a single part.
    // A source with a token other than 2+ 汉字 (a number, a lone character) may be in a title that the article's
    // postings do not show it covers ("90" inside "1990"): its title share is bounded only by 1.
    const weighted = [...sourceIdf].map(([source, idf]) => ({
      source,
      idf,
      bit: bitOf.get(source)!,
      holders: conceptHolders.get(source),
      looseInTitle: tokens.some((t) => t.source === source && !/^\p{Script=Han}{2,}$/u.test(t.token)),
    }));
    const totalIdf = [...sourceIdf.values()].reduce((x, y) => x + y, 0);
    const labelSources = [...sourceIdf].filter(([source]) => tokens.some((t) => t.source === source && t.weight === WEIGHT.typed && !/^\d+$/.test(t.token)));
    const labelIdf = labelSources.reduce((x, [, idf]) => x + idf, 0);
    // Per source, once: the tokens and words an article's labels and title are searched for.
    const parts = new Map(
      [...sourceIdf.keys()].map((source) => {
        const own = tokens.filter((t) => t.source === source);
        return [
          source,
          {
            tokens: own.map((t) => t.token),
            words: (analyzed.concepts.get(source) ?? []).filter((word) => word.length > 1),
            typed: own.filter((t) => t.weight === WEIGHT.typed).map((t) => t.token),
            expanded: own.filter((t) => t.weight < WEIGHT.typed && t.weight > WEIGHT.questionWord),
          },
        ];
      }),
    );

    // Per candidate (an index into touched), in flat arrays: coverage, the score before the title bonus (base), the
    // most the score can be with it (ceiling: its title can hold at most the parts it covers), and, once computed,
    // the final score and how much of the topic its labels name.
    const coverageOf = new Float64Array(touchedCount);
    const baseOf = new Float64Array(touchedCount);
    const ceilingOf = new Float64Array(touchedCount);
    const scoreOf = new Float64Array(touchedCount).fill(Number.NaN);
    const labelsOf = new Float64Array(touchedCount).fill(Number.NaN);
    let maxBase = 0;
    for (let i = 0; i < touchedCount; i++) {
      const a = touched[i];
      let covered = 0;
      let headCovered = 0;
      let titleable = 0;
      for (const { idf, bit, holders, looseInTitle } of weighted) {
        const slot = a * words + (bit >>> 5);
        const flag = 1 << (bit & 31);
        if (hitMask[slot] & flag || holders?.[a]) covered += idf;
        else if (looseInTitle) titleable += idf;
        if (headMask[slot] & flag) headCovered += idf;
      }
      const titleMost = totalIdf > 0 ? Math.min(1, (covered + titleable) / totalIdf) : 0;
      const coverage = totalIdf > 0 ? covered / totalIdf : 1;
      // The article whose title and summary say what the reader asked is the answer, not one that mentions it.
      const headCoverage = totalIdf > 0 ? headCovered / totalIdf : 0;
      coverageOf[i] = coverage;
      baseOf[i] = score[a] * (0.25 + 0.75 * coverage * coverage) * (1 + HEAD_BONUS * headCoverage * headCoverage);
      ceilingOf[i] = baseOf[i] * (1 + TITLE_BONUS * titleMost * titleMost);
      if (baseOf[i] > maxBase) maxBase = baseOf[i];
    }
    /** Candidate x comes before y: higher ceiling, then lower article number. */
    const ahead = (x: number, y: number) => ceilingOf[x] > ceilingOf[y] || (ceilingOf[x] === ceilingOf[y] && touched[x] < touched[y]);
    /** The candidates that pass `admit`, highest ceiling first, taken one by one (a heap: most are never taken); −1 at the end. */
    const pool = (admit: (i: number) => boolean): (() => number) => {
      const heap = new Int32Array(touchedCount);
      let size = 0;
      for (let i = 0; i < touchedCount; i++) if (admit(i)) heap[size++] = i;
      const down = (from: number) => {
        for (let at = from; ; ) {
          const left = 2 * at + 1;
          if (left >= size) return;
          const child = left + 1 < size && ahead(heap[left + 1], heap[left]) ? left + 1 : left;
          if (!ahead(heap[child], heap[at])) return;
          const moved = heap[at];
          heap[at] = heap[child];
          heap[child] = moved;
          at = child;
        }
      };
      for (let at = (size >> 1) - 1; at >= 0; at--) down(at);
      return () => {
        if (size === 0) return -1;
        const head = heap[0];
        heap[0] = heap[--size];
        down(0);
        return head;
      };
    };
    // The title is the question the article answers: one asking what the reader asks is the answer first. A typed
    // word counts by the share of its parts the title holds (电话 is a third of 打电话), an expansion (联系人 for
    // 通讯录) at its own weight: it says the title may be about it.
    const titleParts = [...sourceIdf].map(([source, idf]) => ({ idf, ...parts.get(source)! }));
    const withTitle = (i: number) => {
      if (!Number.isNaN(scoreOf[i])) return;
      const title = this.titleText[touched[i]];
      let titleCovered = 0;
      for (const { idf, typed, expanded } of titleParts) {
        let held = 0;
        for (const token of typed) if (title.includes(token)) held++;
        let share = typed.length ? held / typed.length : 0;
        for (const t of expanded) if (t.weight > share && title.includes(t.token)) share = t.weight;
        titleCovered += idf * share;
      }
      const titleCoverage = totalIdf > 0 ? titleCovered / totalIdf : 0;
      scoreOf[i] = baseOf[i] * (1 + TITLE_BONUS * titleCoverage * titleCoverage);
    };
    // An article that answers a question names its topic where it says what it is about (title, summary, tags, a
    // heading or a FAQ question). Numbers left out: a number (12378, 90) is a detail the body holds.
    const labelCoverageOf = (i: number) => {
      if (Number.isNaN(labelsOf[i])) {
        const labels = this.labelText[touched[i]];
        const labelCovered = labelSources
          .filter(([source]) => parts.get(source)!.tokens.some((token) => labels.includes(token)) || parts.get(source)!.words.some((word) => labels.includes(word)))
          .reduce((x, [, idf]) => x + idf, 0);
        labelsOf[i] = labelIdf > 0 ? labelCovered / labelIdf : 1;
      }
      return labelsOf[i];
    };
    const byScore = (x: number, y: number) => scoreOf[y] - scoreOf[x] || touched[x] - touched[y];
    /**
     * The first `count` of a pool (highest ceiling first) that `keep`, in final score order, exact: the title bonus is
     * computed in pool order until the next candidate's ceiling is below the last one found.
     */
    const top = (take: () => number, count: number, keep: (i: number) => boolean): number[] => {
      const found: number[] = [];
      for (let i = take(); i >= 0; i = take()) {
        if (found.length >= count && scoreOf[found[count - 1]] > ceilingOf[i]) break;
        withTitle(i);
        if (!keep(i)) continue;
        let at = found.length;
        while (at > 0 && byScore(found[at - 1], i) > 0) at--;
        if (at < count) found.splice(at, 0, i);
        if (found.length > count) found.pop();
      }
      return found;
    };
    // Only articles whose score with the whole title bonus reaches the best score without it can be the best.
    const leader = top(
      pool((i) => ceilingOf[i] >= maxBase),
      1,
      () => true,
    )[0];
    const best = leader === undefined ? 0 : scoreOf[leader];

    let ranked: number[];
    if (lawMatch) {
      // A query naming a law article lists the articles citing it first, in their own score order.
      const scored = Array.from({ length: touchedCount }, (_, i) => i);
      scored.forEach(withTitle);
      scored.sort(byScore);
      const citing = new Set(lawMatch.citing.map((slug) => this.index.articles.findIndex((article) => article.slug === slug)));
      const ordered = [...scored.filter((i) => citing.has(touched[i])), ...scored.filter((i) => !citing.has(touched[i]))];
      ranked = (withFloor ? ordered.filter((i) => citing.has(touched[i]) || (coverageOf[i] >= MIN_COVERAGE && scoreOf[i] >= RELATIVE_FLOOR * best)) : ordered).slice(0, limit);
    } else if (!withFloor) {
      // The limit-th best score without the bonus is a floor for the results' scores.
      const bases = Float64Array.from(baseOf).sort().reverse();
      const floor = bases[Math.min(limit, bases.length) - 1] ?? 0;
      ranked = top(
        pool((i) => ceilingOf[i] >= floor),
        limit,
        () => true,
      );
    } else {
      // An article must hold most of what the reader typed (idf-weighted coverage) and score near the best one.
      const plausible = (i: number) => coverageOf[i] >= MIN_COVERAGE && scoreOf[i] >= RELATIVE_FLOOR * best;
      const admitted = (i: number) => coverageOf[i] >= MIN_COVERAGE && ceilingOf[i] >= RELATIVE_FLOOR * best;
      ranked = top(pool(admitted), limit, plausible);
      // When no plausible result names even LABEL_FLOOR of the typed topic, the words only occur in passing (股票 in
      // a list of assets, 离婚 in a family-debt article): no article answers it.
      if (!ranked.some((i) => labelCoverageOf(i) >= LABEL_FLOOR)) {
        let named = false;
        for (let i = 0; i < touchedCount && !named; i++) {
          if (!admitted(i)) continue;
          withTitle(i);
          named = plausible(i) && labelCoverageOf(i) >= LABEL_FLOOR;
        }
        if (!named) return [];
      }
    }

    return ranked.map((i) => {
      const a = touched[i];
      const finalScore = scoreOf[i];
      const article = this.index.articles[a];
      const terms = tokens.filter((_, k) => includesSorted(tokenArticles[k], a)).map((t) => t.token);
      // The unit (section, FAQ entry) that matched best is where the result links to and what its snippet shows.
      const first = this.firstUnit[a];
      const end = this.firstUnit[a + 1];
      const unitScore = new Float64Array(end - first);
      tokens.forEach(({ token, weight }) => {
        const flat = this.index.postings.get(token);
        if (!flat) return;
        for (let i = 2 * lowerBoundUnit(flat, first); i < flat.length && flat[i] < end; i += 2) {
          unitScore[flat[i] - first] += weight * Math.log1p(flat[i + 1] / 10) * (unitIsHead[flat[i]] ? 0 : 1);
        }
      });
      let bestUnit = -1;
      let bestScore = 0;
      unitScore.forEach((s, i) => {
        if (s > bestScore) {
          bestScore = s;
          bestUnit = first + i;
        }
      });
      const unit = bestUnit >= 0 ? this.index.units[bestUnit] : undefined;
      const snippetSource = unit?.text || article.summary;
      return {
        slug: article.slug,
        title: article.title,
        url: `/articles/${article.slug}${unit?.anchor ? `#${unit.anchor}` : ""}`,
        score: Math.round(finalScore * 1000) / 1000,
        ...(unit?.label ? { place: unit.label } : {}),
        titleParts: highlight(article.title, terms, this.t2s),
        snippetParts: highlight(snippet(snippetSource, terms, this.t2s), terms, this.t2s),
      };
    });
  }
}

/** Whether an ascending list holds the value (binary search). */
function includesSorted(list: Int32Array, value: number): boolean {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low < list.length && list[low] === value;
}

/** In flat postings [unit, weight, unit, weight, …] (units ascending): the index of the first pair whose unit ≥ `unit`. */
function lowerBoundUnit(flat: number[], unit: number): number {
  let low = 0;
  let high = flat.length / 2;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (flat[2 * mid] < unit) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** UTF-16 positions where the word occurs in the text. */
function positionsOf(text: string, word: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) out.push(at);
  return out;
}

/** Per UTF-16 position of the folded query: whether it belongs to a question word (longest words first). */
function questionWordPositions(folded: string): boolean[] {
  const taken = new Array<boolean>(folded.length).fill(false);
  for (const word of QUESTION_WORDS_LONGEST_FIRST) {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
      if (taken.slice(at, at + word.length).some(Boolean)) continue;
      for (let i = at; i < at + word.length; i++) taken[i] = true;
    }
  }
  return taken;
}

/** Character ranges [start, end) of the text (in code points) where any term occurs, merged. */
function hitRanges(text: string, terms: string[], t2s: CharFolding): [number, number][] {
  const folded = foldText(text, t2s);
  // UTF-16 offset → code point offset, once (texts are mostly BMP, but an emoji or a rare 汉字 is two units).
  const codePointAt = new Int32Array(folded.length + 1);
  for (let i = 0, cp = 0; i <= folded.length; i++) {
    codePointAt[i] = cp;
    if (!(isHighSurrogate(folded.charCodeAt(i)) && isLowSurrogate(folded.charCodeAt(i + 1)))) cp++;
  }
  const ranges: [number, number][] = [];
  for (const term of terms) {
    if (!term) continue;
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length)) {
      ranges.push([codePointAt[at], codePointAt[at + term.length]]);
    }
  }
  ranges.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

export function highlight(text: string, terms: string[], t2s: CharFolding): TextPart[] {
  const chars = [...text];
  const parts: TextPart[] = [];
  let at = 0;
  for (const [start, end] of hitRanges(text, terms, t2s)) {
    if (start > at) parts.push({ text: chars.slice(at, start).join(""), hit: false });
    parts.push({ text: chars.slice(start, end).join(""), hit: true });
    at = end;
  }
  if (at < chars.length) parts.push({ text: chars.slice(at).join(""), hit: false });
  return parts;
}

/** How the content's plain text separates a table's cells (src/content/render.ts: one line per row, header first). */
const TABLE_CELL = "｜";

/**
 * A window of the text around the densest cluster of matches, on one line. When that cluster is in a table row, the
 * row itself: its cells separated, and each labelled with its column's header when that still fits
 * ("要不要还钱｜紧急联系人：不用｜保证人：按保证合同承担责任"), never the table's cells run together.
 */
export function snippet(text: string, terms: string[], t2s: CharFolding): string {
  const lines = text.includes("\n")
    ? text
        .split(/\n+/)
        .map((line) => line.replace(/\s+/g, " ").trim())
        .filter(Boolean)
    : [text.replace(/\s+/g, " ").trim()];
  const flat = lines.length === 1 ? lines[0] : lines.join(" ");
  const ranges = hitRanges(flat, terms, t2s);
  /** Characters matched within [from, to). */
  const matchedIn = (from: number, to: number) => {
    let count = 0;
    for (const [s, e] of ranges) if (s >= from && e <= to) count += e - s;
    return count;
  };
  let bestStart = 0;
  let bestCount = -1;
  for (const [start] of ranges) {
    const windowStart = Math.max(0, start - 15);
    const count = matchedIn(windowStart, windowStart + SNIPPET_LENGTH);
    if (count > bestCount) {
      bestCount = count;
      bestStart = windowStart;
    }
  }
  // Of the lines in the best window, the one holding most of its matches: when it is a table row, show the row.
  let at = 0;
  const spans = lines.map((line) => {
    const span = { start: at, end: at + codePointLength(line) };
    at = span.end + 1;
    return span;
  });
  const windowEnd = bestStart + SNIPPET_LENGTH;
  let lineIndex = -1;
  let lineHits = 0;
  spans.forEach(({ start, end }, i) => {
    const hits = matchedIn(Math.max(start, bestStart), Math.min(end, windowEnd));
    if (hits > lineHits) {
      lineHits = hits;
      lineIndex = i;
    }
  });
  if (lineIndex >= 0 && lines[lineIndex].includes(TABLE_CELL)) return tableRowSnippet(lines, lineIndex, ranges, spans[lineIndex].start);
  return window(flat, bestStart);
}

/**
 * The table row at `index` of the text's lines, cells separated; a data row labels each cell after the first with
 * its column's header when that fits, the header row is followed by the next rows that fit ("；" between rows).
 */
function tableRowSnippet(lines: string[], index: number, ranges: [number, number][], rowStart: number): string {
  const row = lines[index];
  let headerIndex = index;
  while (headerIndex > 0 && lines[headerIndex - 1].includes(TABLE_CELL)) headerIndex--;
  const fits = (text: string) => codePointLength(text) <= SNIPPET_LENGTH;
  if (headerIndex === index) {
    let shown = row;
    for (let next = index + 1; next < lines.length && lines[next].includes(TABLE_CELL) && fits(`${shown}；${lines[next]}`); next++) shown += `；${lines[next]}`;
    if (fits(shown)) return shown;
  } else {
    const cells = row.split(TABLE_CELL);
    const headers = lines[headerIndex].split(TABLE_CELL);
    if (headers.length === cells.length) {
      const labelled = [cells[0], ...cells.slice(1).map((cell, i) => (headers[i + 1] ? `${headers[i + 1]}：${cell}` : cell))].join(TABLE_CELL);
      if (fits(labelled)) return labelled;
    }
    if (fits(row)) return row;
  }
  const firstHit = ranges.find(([s]) => s >= rowStart)?.[0] ?? rowStart;
  return window(row, firstHit - rowStart - 15);
}

/** SNIPPET_LENGTH characters (code points) from `start`, kept inside the text, with "…" where the text goes on. */
function window(text: string, start: number): string {
  const length = codePointLength(text);
  if (length <= SNIPPET_LENGTH) return text;
  const from = Math.min(Math.max(0, start), length - SNIPPET_LENGTH);
  const end = from + SNIPPET_LENGTH;
  return `${from > 0 ? "…" : ""}${text.slice(utf16Offset(text, from), utf16Offset(text, end))}${end < length ? "…" : ""}`;
}

/** The number of code points (a 汉字 outside the BMP is two UTF-16 units, one character). */
function codePointLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!(code >= 0xdc00 && code <= 0xdfff && i > 0 && isHighSurrogate(text.charCodeAt(i - 1)))) length++;
  }
  return length;
}

/** The UTF-16 offset of the code point at `index`. */
function utf16Offset(text: string, index: number): number {
  let offset = 0;
  for (let k = 0; k < index && offset < text.length; k++) {
    offset += isHighSurrogate(text.charCodeAt(offset)) && offset + 1 < text.length && isLowSurrogate(text.charCodeAt(offset + 1)) ? 2 : 1;
  }
  return offset;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
