import { addDays, addYears, daysBetween, formatIsoDate, parseIsoDate } from "./dates";
import type { SentQuery } from "./form";
import { divideRounded, formatFen, formatScaled, parseDecimal } from "./money";

/** One typical or statutory step after the due date, as written in content/tools/timeline.json. */
export interface TimelineStepData {
  id: string;
  /** Overdue day on which the step typically starts: 1 = the day after the due date. */
  day: number;
  title: string;
  text: string;
  /** statute: the law says so (citation required); practice: 常见做法, varies by lender. */
  basis: "statute" | "practice";
  citation?: string;
  /** Slugs of the articles that explain the step. */
  articles: string[];
}

/** The calculator's form fields, also its URL query parameters (a shareable GET form). */
export const TIMELINE_FIELDS = {
  due: "还款日",
  days: "逾期天数",
  principal: "逾期本金",
  rate: "罚息日利率",
  repay: "还清日期",
  asof: "计算日期",
} as const;
export type TimelineField = keyof typeof TIMELINE_FIELDS;
export type TimelineQuery = Partial<Record<TimelineField, string | string[] | undefined>> & SentQuery;

export interface FieldError {
  field: TimelineField;
  /** Chinese, starting with the field's label: "逾期本金：请填写数字，例如 3000". */
  message: string;
}

export interface TimelineInput {
  asOf: Date;
  dueDate: Date;
  principalFen: bigint;
  /** Penalty daily rate in percent, scaled by 10^RATE_SCALE; undefined when the reader left it blank. */
  rate?: bigint;
  repayDate: Date;
}

export const RATE_SCALE = 6;
const RATE_ONE = 10n ** BigInt(RATE_SCALE);
/** Upper bounds that catch typos (a rate in 万分之 typed as %, an amount with extra zeros). */
const MAX_PRINCIPAL_FEN = 10_000_000_000_00n; // 100 亿元
const MAX_RATE = 10n * RATE_ONE; // 10% a day
const MAX_DAYS = 9999;
const MIN_YEAR = 1990;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] ?? "" : value ?? "").trim().slice(0, 40);
}

/** True when the reader has not filled in anything yet (show the empty form, not errors). */
export function isEmptyTimelineQuery(query: TimelineQuery): boolean {
  return (Object.keys(TIMELINE_FIELDS) as TimelineField[]).every((field) => first(query[field]) === "");
}

/**
 * Reads the form (or URL) into a typed input. Every problem is returned at once, each naming
 * its field in Chinese, so the page can show them next to the inputs and keep what was typed.
 */
export function parseTimelineQuery(
  query: TimelineQuery,
  today: string,
): { ok: true; input: TimelineInput } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const fail = (field: TimelineField, message: string) => errors.push({ field, message: `${TIMELINE_FIELDS[field]}：${message}` });
  const raw = Object.fromEntries((Object.keys(TIMELINE_FIELDS) as TimelineField[]).map((f) => [f, first(query[f])])) as Record<
    TimelineField,
    string
  >;

  let asOf = parseIsoDate(today)!;
  if (raw.asof) {
    const parsed = parseIsoDate(raw.asof);
    if (!parsed || parsed.getUTCFullYear() < MIN_YEAR) fail("asof", "请按 年-月-日 填写有效日期，例如 2026-03-05");
    else asOf = parsed;
  }

  let dueDate: Date | undefined;
  if (raw.due) {
    const parsed = parseIsoDate(raw.due);
    if (!parsed) fail("due", "请按 年-月-日 填写有效日期，例如 2026-03-05");
    else if (parsed.getUTCFullYear() < MIN_YEAR) fail("due", `日期太早，请检查年份（${MIN_YEAR} 年以后）`);
    else if (daysBetween(asOf, parsed) > 366 * 10) fail("due", "日期太远，请检查年份");
    else dueDate = parsed;
  } else if (raw.days) {
    if (!/^\d+$/.test(raw.days) || Number(raw.days) > MAX_DAYS) fail("days", `请填 0 到 ${MAX_DAYS} 之间的整数`);
    else dueDate = addDays(asOf, -Number(raw.days));
  } else {
    fail("due", "请填写还款日，或者在“逾期天数”里填已经逾期了几天");
  }

  let principalFen = 0n;
  if (!raw.principal) fail("principal", "请填写逾期的本金金额（元），例如 3000");
  else {
    const parsed = parseDecimal(raw.principal.replace(/元$/, ""), 2);
    if (parsed === undefined) fail("principal", "请填写数字，最多两位小数，例如 3000 或 3000.50");
    else if (parsed > MAX_PRINCIPAL_FEN) fail("principal", "金额太大，请检查是否多打了 0");
    else principalFen = parsed;
  }

  let rate: bigint | undefined;
  if (raw.rate) {
    const parsed = parseDecimal(raw.rate.replace(/[%％]$/, ""), RATE_SCALE);
    if (parsed === undefined) fail("rate", "请填写百分比数字，例如合同写“日利率 0.05%”就填 0.05");
    else if (parsed > MAX_RATE) fail("rate", "超过每天 10%，请检查：合同里的“万分之五”应填 0.05");
    else rate = parsed;
  }

  let repayDate = asOf;
  if (raw.repay) {
    const parsed = parseIsoDate(raw.repay);
    if (!parsed) fail("repay", "请按 年-月-日 填写有效日期，例如 2026-03-05");
    else if (dueDate && daysBetween(dueDate, parsed) < 1) fail("repay", "要晚于还款日，否则不算逾期");
    else if (daysBetween(asOf, parsed) > 366 * 10) fail("repay", "日期太远，请检查年份");
    else repayDate = parsed;
  }

  if (errors.length > 0 || !dueDate) return { ok: false, errors };
  return { ok: true, input: { asOf, dueDate, principalFen, rate, repayDate } };
}

export interface PenaltyEstimate {
  days: number;
  principal: string;
  /** Present only when the reader gave the contract's rate: we never assume one. */
  rate?: string;
  amount?: string;
  /** The rate × 365, as a percentage, to compare with the 24% a year guidance. */
  annualRate?: string;
  annualAbove24?: boolean;
  /** 罚息 ≈ 逾期本金 × 罚息日利率 × 逾期天数, with the reader's numbers filled in. */
  formula: string;
}

export interface TimelineStep extends TimelineStepData {
  date: string;
  /** The step's day has come (on or before the calculation date). */
  reached: boolean;
}

export interface TimelineResult {
  asOf: string;
  dueDate: string;
  firstOverdueDate: string;
  /** 0 while the due date has not passed. */
  daysOverdue: number;
  /** Days left until the due date, when it is still ahead. */
  daysUntilDue: number;
  steps: TimelineStep[];
  penalty: PenaltyEstimate;
  /** The same estimate up to the chosen repayment date, when that is later than the calculation date. */
  penaltyAtRepay?: PenaltyEstimate;
  credit: { repayDate: string; daysOverdueAtRepay: number; deletedAfter: string } | undefined;
}

function estimatePenalty(principalFen: bigint, rate: bigint | undefined, days: number): PenaltyEstimate {
  const principal = formatFen(principalFen);
  if (rate === undefined) return { days, principal, formula: `罚息 ≈ 逾期本金 ${principal} 元 × 罚息日利率 × ${days} 天` };
  const amountFen = divideRounded(principalFen * rate * BigInt(days), 100n * RATE_ONE);
  const rateText = formatScaled(rate, RATE_SCALE);
  const amount = formatFen(amountFen);
  return {
    days,
    principal,
    rate: rateText,
    amount,
    annualRate: formatScaled(rate * 365n, RATE_SCALE),
    annualAbove24: rate * 365n > 24n * RATE_ONE,
    formula: `罚息 ≈ ${principal} 元 × ${rateText}% × ${days} 天 = ${amount} 元`,
  };
}

/** 《征信业管理条例》第十六条: negative information is kept 5 years from the day the bad behaviour ends. */
export const CREDIT_RETENTION_YEARS = 5;

/** The dated timeline, penalty estimate and credit-record deletion date for one input. Pure. */
export function computeTimeline(input: TimelineInput, steps: readonly TimelineStepData[]): TimelineResult {
  const { asOf, dueDate, principalFen, rate, repayDate } = input;
  const elapsed = daysBetween(dueDate, asOf);
  const daysOverdue = Math.max(0, elapsed);
  const daysAtRepay = daysBetween(dueDate, repayDate);
  return {
    asOf: formatIsoDate(asOf),
    dueDate: formatIsoDate(dueDate),
    firstOverdueDate: formatIsoDate(addDays(dueDate, 1)),
    daysOverdue,
    daysUntilDue: Math.max(0, -elapsed),
    steps: [...steps]
      .sort((a, b) => a.day - b.day)
      .map((step) => ({ ...step, date: formatIsoDate(addDays(dueDate, step.day)), reached: step.day <= elapsed })),
    penalty: estimatePenalty(principalFen, rate, daysOverdue),
    penaltyAtRepay: daysAtRepay > daysOverdue ? estimatePenalty(principalFen, rate, daysAtRepay) : undefined,
    credit:
      daysAtRepay >= 1
        ? {
            repayDate: formatIsoDate(repayDate),
            daysOverdueAtRepay: daysAtRepay,
            deletedAfter: formatIsoDate(addYears(repayDate, CREDIT_RETENTION_YEARS)),
          }
        : undefined,
  };
}
