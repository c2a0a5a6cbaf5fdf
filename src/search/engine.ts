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
    const listedWords = [...new Set([...this.index.synonyms.flat(), ...this.index.terms.flatMap((term) => term.zh)])];
    const knownWords = [...new Set([...allTyped.filter((token) => token.length > 2 && /\p{Script=Han}/u.test(token)), ...listedWords.filter((word) => word.length >= 2 && folded.includes(word))])]
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
    const listed = [...new Set(this.index.synonyms.flat())];
    const longerTyped = listed.filter((word) => folded.includes(word));
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
    const expanded = this.index.synonyms.flat().filter((word) => analyzed.folded.includes(word));
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
    const articleCount = this.index.articles.length;
    const articleScore = new Map<number, number>();
    const sourceHits = new Map<number, Set<number>>(); // article → typed sources matched
    const headHits = new Map<number, Set<number>>(); // article → typed sources matched in its title, summary or tags
    const unitScore = new Map<number, number>();
    const matchedTokens = new Map<number, Set<string>>();
    const sourceIdf = new Map<number, number>();

    for (const { token, weight, source } of analyzed.tokens) {
      const flat = this.index.postings.get(token);
      if (!flat) continue;
      const perArticle = new Map<number, number>();
      for (let i = 0; i < flat.length; i += 2) {
        const unit = this.index.units[flat[i]];
        const tf = flat[i + 1] / 10;
        if (unit.kind === "head" && analyzed.topicSources.has(source)) {
          if (!headHits.has(unit.a)) headHits.set(unit.a, new Set());
          headHits.get(unit.a)!.add(source);
        }
        perArticle.set(unit.a, (perArticle.get(unit.a) ?? 0) + tf);
        unitScore.set(flat[i], (unitScore.get(flat[i]) ?? 0) + weight * Math.log1p(tf) * (unit.kind === "head" ? 0 : 1));
      }
      const idf = Math.log(1 + (articleCount - perArticle.size + 0.5) / (perArticle.size + 0.5));
      // A whole word counts WORD_COVERAGE times a bare bigram toward coverage: a bigram may be a chance pair.
      const coverageWeight = idf * (analyzed.wordSources.has(source) ? WORD_COVERAGE : 1);
      if (analyzed.topicSources.has(source) && weight === WEIGHT.typed) sourceIdf.set(source, Math.max(sourceIdf.get(source) ?? 0, coverageWeight));
      for (const [a, tf] of perArticle) {
        const norm = tf + K1 * (1 - B + (B * this.articleLength[a]) / this.averageLength);
        articleScore.set(a, (articleScore.get(a) ?? 0) + weight * idf * ((tf * (K1 + 1)) / norm));
        if (!matchedTokens.has(a)) matchedTokens.set(a, new Set());
        matchedTokens.get(a)!.add(token);
        if (!sourceHits.has(a)) sourceHits.set(a, new Set());
        sourceHits.get(a)!.add(source);
      }
    }

    // A concept (爸妈 = 父母 = 家人; parents → 父母, 家人) is as rare as the articles holding any of its words (all of a
    // word's bigrams): 爸妈 in one FAQ question must not make it outweigh the rest of the question. Such an article
    // covers the part even when the word's tokens were counted for another part (新规 is in two groups).
    const conceptHolders = new Map<number, Set<number>>();
    for (const [source, words] of analyzed.concepts) {
      if (!analyzed.topicSources.has(source)) continue;
      const wordTokens = words.map((word) => tokensOfFolded(word, false).filter((token) => !/^\p{Script=Han}$/u.test(token))).filter((tokens) => tokens.length > 0);
      const holders = new Set<number>();
      for (const [a, tokens] of matchedTokens) if (wordTokens.some((parts) => parts.every((token) => tokens.has(token)))) holders.add(a);
      if (holders.size === 0) continue;
      conceptHolders.set(source, holders);
      const idf = Math.log(1 + (articleCount - holders.size + 0.5) / (holders.size + 0.5));
      sourceIdf.set(source, idf * (analyzed.wordSources.has(source) ? WORD_COVERAGE : 1));
    }
    // A typed part of the question that occurs nowhere on the site (买车 in 买车贷款) is the rarest word of all:
    // no article covers it, unless a homophone repair of it matched (借被 → 借呗).
    const unknownIdf = Math.log(1 + (articleCount + 0.5) / 0.5);
    for (const { token, weight, source } of analyzed.tokens) {
      if (!analyzed.topicSources.has(source) || weight !== WEIGHT.typed || sourceIdf.has(source) || !/\p{Script=Han}/u.test(token)) continue;
      if (analyzed.tokens.some((t) => t.source === source && this.index.postings.has(t.token))) continue;
      sourceIdf.set(source, unknownIdf * (analyzed.wordSources.has(source) ? WORD_COVERAGE : 1));
    }
    // Coverage: an article that matches every part of the query beats one that repeats a single part.
    const totalIdf = [...sourceIdf.values()].reduce((x, y) => x + y, 0);
    const labelSources = [...sourceIdf].filter(([source]) => analyzed.tokens.some((t) => t.source === source && t.weight === WEIGHT.typed && !/^\d+$/.test(t.token)));
    const labelIdf = labelSources.reduce((x, [, idf]) => x + idf, 0);
    // Per source, once: the tokens and words an article's labels and title are searched for.
    const parts = new Map(
      [...sourceIdf.keys()].map((source) => {
        const own = analyzed.tokens.filter((t) => t.source === source);
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
    const scored = [...articleScore]
      .map(([a, score]) => {
        const hits = sourceHits.get(a)!;
        const holds = (source: number) => hits.has(source) || (conceptHolders.get(source)?.has(a) ?? false);
        const covered = [...sourceIdf].filter(([source]) => holds(source)).reduce((x, [, idf]) => x + idf, 0);
        const coverage = totalIdf > 0 ? covered / totalIdf : 1;
        // The article whose title and summary say what the reader asked is the answer, not one that mentions it.
        const head = headHits.get(a);
        const headCovered = head ? [...sourceIdf].filter(([source]) => head.has(source)).reduce((x, [, idf]) => x + idf, 0) : 0;
        const headCoverage = totalIdf > 0 ? headCovered / totalIdf : 0;
        // Numbers left out: a number (12378, 90) is a detail the body holds.
        const labels = this.labelText[a];
        const labelCovered = labelSources
          .filter(([source]) => parts.get(source)!.tokens.some((token) => labels.includes(token)) || parts.get(source)!.words.some((word) => labels.includes(word)))
          .reduce((x, [, idf]) => x + idf, 0);
        const labelCoverage = labelIdf > 0 ? labelCovered / labelIdf : 1;
        // The title is the question the article answers: one asking what the reader asks is the answer first.
        const title = this.titleText[a];
        // A typed word counts by the share of its parts the title holds (电话 is a third of 打电话), an expansion
        // (联系人 for 通讯录) at its own weight: it says the title may be about it.
        const titleCovered = [...sourceIdf]
          .map(([source, idf]) => {
            const { typed, expanded } = parts.get(source)!;
            const typedShare = typed.length ? typed.filter((token) => title.includes(token)).length / typed.length : 0;
            return idf * Math.max(typedShare, ...expanded.filter((t) => title.includes(t.token)).map((t) => t.weight));
          })
          .reduce((x, y) => x + y, 0);
        const titleCoverage = totalIdf > 0 ? titleCovered / totalIdf : 0;
        return {
          a,
          coverage,
          labelCoverage,
          score: score * (0.25 + 0.75 * coverage * coverage) * (1 + HEAD_BONUS * headCoverage * headCoverage) * (1 + TITLE_BONUS * titleCoverage * titleCoverage),
        };
      })
      .sort((x, y) => y.score - x.score || x.a - y.a);
    // A query naming a law article lists the articles citing it first, in their own score order.
    const citing = new Set(lawMatch?.citing.map((slug) => this.index.articles.findIndex((article) => article.slug === slug)));
    const ordered = lawMatch ? [...scored.filter((r) => citing.has(r.a)), ...scored.filter((r) => !citing.has(r.a))] : scored;
    // The relevance floor, relative to the query: an article must hold most of what the reader typed (idf-weighted
    // coverage) and score near the best one. A query the site does not cover leaves nothing above it.
    if (withFloor && this.mostlyUnknown(analyzed)) return [];
    // Nothing the reader asked about (宽带 in 宽带怎么办理), typed or expanded, occurs on the site: whatever
    // matched, matched the question words.
    const topical = analyzed.tokens.filter((t) => t.weight > WEIGHT.questionWord);
    if (withFloor && topical.length > 0 && !topical.some((t) => this.index.postings.has(t.token))) return [];
    const best = scored[0]?.score ?? 0;
    const plausible = (r: (typeof scored)[number]) => citing.has(r.a) || (r.coverage >= MIN_COVERAGE && r.score >= RELATIVE_FLOOR * best);
    const kept = withFloor ? ordered.filter(plausible) : ordered;
    // An article that answers a question names its topic where it says what it is about (title, summary, tags, a
    // heading or a FAQ question). When no plausible result names even LABEL_FLOOR of the typed topic, the words
    // only occur in passing (股票 in a list of assets, 离婚 in a family-debt article): no article answers it.
    if (withFloor && !lawMatch && !kept.some((r) => r.labelCoverage >= LABEL_FLOOR)) return [];
    const ranked = kept.slice(0, limit);

    return ranked.map(({ a, score }) => {
      const article = this.index.articles[a];
      let bestUnit = -1;
      let bestScore = 0;
      this.index.units.forEach((unit, index) => {
        if (unit.a !== a) return;
        const s = unitScore.get(index) ?? 0;
        if (s > bestScore) {
          bestScore = s;
          bestUnit = index;
        }
      });
      const unit = bestUnit >= 0 ? this.index.units[bestUnit] : undefined;
      const terms = [...matchedTokens.get(a)!];
      const snippetSource = unit?.text || article.summary;
      return {
        slug: article.slug,
        title: article.title,
        url: `/articles/${article.slug}${unit?.anchor ? `#${unit.anchor}` : ""}`,
        score: Math.round(score * 1000) / 1000,
        ...(unit?.label ? { place: unit.label } : {}),
        titleParts: highlight(article.title, terms, this.t2s),
        snippetParts: highlight(snippet(snippetSource, terms, this.t2s), terms, this.t2s),
      };
    });
  }
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
  for (const word of [...QUESTION_WORDS].sort((x, y) => y.length - x.length)) {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
      if (taken.slice(at, at + word.length).some(Boolean)) continue;
      for (let i = at; i < at + word.length; i++) taken[i] = true;
    }
  }
  return taken;
}

/** Character ranges [start, end) of the text (in code points) where any term occurs, merged. */
function hitRanges(text: string, terms: string[], t2s: CharFolding): [number, number][] {
  const chars = [...foldText(text, t2s)];
  const folded = chars.join("");
  const ranges: [number, number][] = [];
  for (const term of terms) {
    if (!term) continue;
    let from = 0;
    for (;;) {
      const at = folded.indexOf(term, from);
      if (at < 0) break;
      const start = [...folded.slice(0, at)].length;
      ranges.push([start, start + [...term].length]);
      from = at + term.length;
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
  const lines = text
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const flat = lines.join(" ");
  const chars = [...flat];
  const ranges = hitRanges(flat, terms, t2s);
  let bestStart = 0;
  let bestCount = -1;
  for (const [start] of ranges) {
    const windowStart = Math.max(0, start - 15);
    const count = ranges.filter(([s, e]) => s >= windowStart && e <= windowStart + SNIPPET_LENGTH).reduce((x, [s, e]) => x + e - s, 0);
    if (count > bestCount) {
      bestCount = count;
      bestStart = windowStart;
    }
  }
  // Of the lines in the best window, the one holding most of its matches: when it is a table row, show the row.
  let at = 0;
  const spans = lines.map((line) => {
    const span = { start: at, end: at + [...line].length };
    at = span.end + 1;
    return span;
  });
  const windowEnd = bestStart + SNIPPET_LENGTH;
  let lineIndex = -1;
  let lineHits = 0;
  spans.forEach(({ start, end }, i) => {
    const hits = ranges.filter(([s, e]) => s >= Math.max(start, bestStart) && e <= Math.min(end, windowEnd)).reduce((x, [s, e]) => x + e - s, 0);
    if (hits > lineHits) {
      lineHits = hits;
      lineIndex = i;
    }
  });
  if (lineIndex >= 0 && lines[lineIndex].includes(TABLE_CELL)) return tableRowSnippet(lines, lineIndex, ranges, spans[lineIndex].start);
  return window(chars, bestStart);
}

/**
 * The table row at `index` of the text's lines, cells separated; a data row labels each cell after the first with
 * its column's header when that fits, the header row is followed by the next rows that fit ("；" between rows).
 */
function tableRowSnippet(lines: string[], index: number, ranges: [number, number][], rowStart: number): string {
  const row = lines[index];
  let headerIndex = index;
  while (headerIndex > 0 && lines[headerIndex - 1].includes(TABLE_CELL)) headerIndex--;
  const fits = (text: string) => [...text].length <= SNIPPET_LENGTH;
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
  return window([...row], firstHit - rowStart - 15);
}

/** SNIPPET_LENGTH characters from `start` (kept inside the text), with "…" where the text goes on. */
function window(chars: string[], start: number): string {
  if (chars.length <= SNIPPET_LENGTH) return chars.join("");
  const from = Math.min(Math.max(0, start), chars.length - SNIPPET_LENGTH);
  const end = from + SNIPPET_LENGTH;
  return `${from > 0 ? "…" : ""}${chars.slice(from, end).join("")}${end < chars.length ? "…" : ""}`;
}
