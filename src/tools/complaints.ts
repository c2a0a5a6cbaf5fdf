/**
 * The complaint-channel finder: which channels fit what happened, in which order. The rules are
 * data (content/tools/complaints.json, validated by the loader); this module only applies them.
 */

import { formWasSent, type SentQuery } from "./form";

export interface ComplaintOption {
  id: string;
  label: string;
}

export interface ComplaintQuestions {
  /** Who was contacted (several allowed). */
  who: ComplaintOption[];
  /** What happened (several allowed). */
  what: ComplaintOption[];
  /** Which kind of lender (one). */
  lender: ComplaintOption[];
}

export interface ComplaintChannel {
  id: string;
  name: string;
  /** How to reach it: a phone number or where to look. */
  contact: string;
  /** What the channel handles, in one or two sentences. */
  handles: string;
}

export interface ComplaintRule {
  id: string;
  /** Every listed question must have at least one of its options chosen; an empty `when` always applies. */
  when: { who?: string[]; what?: string[]; lender?: string[] };
  channel: string;
  /** Lower comes first; ties keep the order of `channels` in the data file. */
  rank: number;
  /** Why this channel fits this situation, shown under the channel. */
  why: string;
  evidence: string[];
  articles: string[];
}

export interface ComplaintData {
  questions: ComplaintQuestions;
  channels: ComplaintChannel[];
  /** Evidence worth keeping in every case. */
  evidence: string[];
  rules: ComplaintRule[];
}

export interface ComplaintAnswers {
  who: string[];
  what: string[];
  lender?: string;
}

export type ComplaintQuery = Partial<Record<keyof ComplaintQuestions, string | string[] | undefined>> & SentQuery;

/** Shown when the form was sent with nothing ticked. */
export const NOTHING_CHOSEN = "请至少选择一种情况：谁被联系了、发生了什么，或者借款机构是哪类";

const QUESTION_LABELS: Record<keyof ComplaintQuestions, string> = { who: "谁被联系了", what: "发生了什么", lender: "借款机构类型" };

function list(value: string | string[] | undefined): string[] {
  return (Array.isArray(value) ? value : value ? [value] : []).map((v) => v.trim()).filter(Boolean).slice(0, 20);
}

/**
 * Reads the GET form; an option that is not in the data becomes a Chinese error naming the question,
 * and a sent form with nothing ticked says so.
 */
export function parseComplaintQuery(
  data: ComplaintData,
  query: ComplaintQuery,
): { answers: ComplaintAnswers; errors: string[] } {
  const errors: string[] = [];
  const pick = (question: keyof ComplaintQuestions) => {
    const known = new Set(data.questions[question].map((option) => option.id));
    const chosen = [...new Set(list(query[question]))];
    for (const id of chosen.filter((id) => !known.has(id))) {
      errors.push(`${QUESTION_LABELS[question]}：没有“${id.slice(0, 20)}”这个选项，请重新选择`);
    }
    return chosen.filter((id) => known.has(id));
  };
  const who = pick("who");
  const what = pick("what");
  const lenders = pick("lender");
  if (lenders.length > 1) errors.push(`${QUESTION_LABELS.lender}：只能选一项`);
  if (formWasSent(query) && who.length + what.length + lenders.length === 0) errors.push(NOTHING_CHOSEN);
  return { answers: { who, what, lender: lenders[0] }, errors };
}

export function ruleApplies(rule: ComplaintRule, answers: ComplaintAnswers): boolean {
  const chosen: Record<keyof ComplaintQuestions, string[]> = {
    who: answers.who,
    what: answers.what,
    lender: answers.lender ? [answers.lender] : [],
  };
  return (Object.keys(rule.when) as (keyof ComplaintQuestions)[]).every((question) =>
    (rule.when[question] ?? []).some((id) => chosen[question].includes(id)),
  );
}

export interface ChannelAdvice {
  channel: ComplaintChannel;
  reasons: string[];
  articles: string[];
  /** The ids of the rules that chose this channel, for tests and debugging. */
  rules: string[];
}

export interface ComplaintAdvice {
  channels: ChannelAdvice[];
  evidence: string[];
  articles: string[];
  /** Plain text to copy: the evidence to keep and the channels in order. */
  checklist: string;
}

/** The channels that fit, most urgent first, with the evidence to keep and a checklist to copy. */
export function findChannels(data: ComplaintData, answers: ComplaintAnswers): ComplaintAdvice {
  const order = new Map(data.channels.map((channel, index) => [channel.id, index]));
  const byChannel = new Map<string, ChannelAdvice & { rank: number }>();
  const evidence: string[] = [...data.evidence];
  const articles: string[] = [];
  const addUnique = (target: string[], items: string[]) => items.forEach((item) => target.includes(item) || target.push(item));

  for (const rule of data.rules.filter((r) => ruleApplies(r, answers))) {
    const channel = data.channels.find((c) => c.id === rule.channel)!;
    const advice = byChannel.get(channel.id) ?? { channel, reasons: [], articles: [], rules: [], rank: rule.rank };
    advice.rank = Math.min(advice.rank, rule.rank);
    addUnique(advice.reasons, [rule.why]);
    addUnique(advice.articles, rule.articles);
    advice.rules.push(rule.id);
    byChannel.set(channel.id, advice);
    addUnique(evidence, rule.evidence);
    addUnique(articles, rule.articles);
  }

  const channels = [...byChannel.values()]
    .sort((a, b) => a.rank - b.rank || order.get(a.channel.id)! - order.get(b.channel.id)!)
    .map(({ rank: _rank, ...advice }) => advice);
  const checklist = [
    "投诉前的准备：",
    ...evidence.map((item) => `□ ${item}`),
    "",
    "按这个顺序联系：",
    ...channels.map((advice, index) => `${index + 1}. ${advice.channel.name}（${advice.channel.contact}）：${advice.reasons.join("")}`),
    "",
    "每次联系都记下日期、对方工号或工单号、答复内容。",
  ].join("\n");
  return { channels, evidence, articles, checklist };
}
