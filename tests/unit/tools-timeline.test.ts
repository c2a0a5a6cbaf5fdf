import { describe, expect, it } from "vitest";
import { addYears, computeTimeline, parseIsoDate, parseTimelineQuery, todayInChina, type TimelineQuery, type TimelineStepData } from "@/tools";

const STEPS: TimelineStepData[] = [
  { id: "lawsuit", day: 90, title: "可能被起诉", text: "…", basis: "practice", articles: ["a"] },
  { id: "interest", day: 1, title: "逾期利息", text: "…", basis: "statute", citation: "《民法典》第六百七十六条", articles: ["a"] },
  { id: "collection", day: 30, title: "催收", text: "…", basis: "practice", articles: ["a"] },
];

function run(query: TimelineQuery, today = "2026-03-15") {
  const parsed = parseTimelineQuery(query, today);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join("; "));
  return computeTimeline(parsed.input, STEPS);
}

function errorsOf(query: TimelineQuery, today = "2026-03-15") {
  const parsed = parseTimelineQuery(query, today);
  if (parsed.ok) throw new Error("expected the input to be rejected");
  return parsed.errors;
}

describe("computeTimeline: days, dates and amounts", () => {
  it("40 days late on 3,000 元 at 0.05% a day: 60.00 元, steps dated from the due date", () => {
    const result = run({ due: "2026-02-03", principal: "3000", rate: "0.05" });
    expect(result.daysOverdue).toBe(40);
    expect(result.firstOverdueDate).toBe("2026-02-04");
    expect(result.penalty.amount).toBe("60.00");
    expect(result.penalty.formula).toBe("罚息 ≈ 3,000.00 元 × 0.05% × 40 天 = 60.00 元");
    expect(result.steps.map((s) => [s.id, s.date, s.reached])).toEqual([
      ["interest", "2026-02-04", true],
      ["collection", "2026-03-05", true],
      ["lawsuit", "2026-05-04", false],
    ]);
    // Repaid today (the default): deleted 5 years after the bad behaviour ends.
    expect(result.credit).toEqual({ repayDate: "2026-03-15", daysOverdueAtRepay: 40, deletedAfter: "2031-03-15" });
  });

  it("days overdue instead of a due date gives the same result", () => {
    const byDays = run({ days: "40", principal: "3000", rate: "0.05" });
    expect(byDays.dueDate).toBe("2026-02-03");
    expect(byDays.penalty.amount).toBe("60.00");
  });

  it("without a rate shows the formula and the days, and no amount", () => {
    const result = run({ due: "2026-03-05", principal: "3000" });
    expect(result.penalty.amount).toBeUndefined();
    expect(result.penalty.rate).toBeUndefined();
    expect(result.penalty.formula).toBe("罚息 ≈ 逾期本金 3,000.00 元 × 罚息日利率 × 10 天");
  });

  it("counts across month ends and leap days", () => {
    expect(run({ due: "2024-02-28", principal: "1", asof: "2024-03-01" }).daysOverdue).toBe(2); // 2024 is a leap year
    expect(run({ due: "2025-02-28", principal: "1", asof: "2025-03-01" }).daysOverdue).toBe(1);
    expect(run({ due: "2025-12-31", principal: "1", asof: "2026-01-01" }).steps[0].date).toBe("2026-01-01");
    expect(run({ due: "2026-01-31", principal: "1", asof: "2026-01-31" }).daysOverdue).toBe(0);
  });

  it("a repayment on 29 February is deleted on 28 February five years later", () => {
    const result = run({ due: "2028-02-01", principal: "100", repay: "2028-02-29", asof: "2028-02-10" });
    expect(result.credit?.deletedAfter).toBe("2033-02-28");
    expect(addYears(parseIsoDate("2028-02-29")!, 4).toISOString().slice(0, 10)).toBe("2032-02-29");
  });

  it("a later repayment date also estimates the penalty up to that day", () => {
    const result = run({ due: "2026-03-05", principal: "1000", rate: "0.1", repay: "2026-04-04" });
    expect(result.penalty.amount).toBe("10.00"); // 10 days to the calculation date
    expect(result.penaltyAtRepay?.days).toBe(30);
    expect(result.penaltyAtRepay?.amount).toBe("30.00");
    expect(result.credit?.deletedAfter).toBe("2031-04-04");
  });

  it("0 元 and huge amounts are exact", () => {
    expect(run({ due: "2026-03-05", principal: "0", rate: "0.05" }).penalty.amount).toBe("0.00");
    const huge = run({ due: "2016-03-15", principal: "9999999999.99", rate: "0.0333", asof: "2026-03-15" });
    expect(huge.daysOverdue).toBe(3652);
    // 9,999,999,999.99 × 0.000333 × 3652 = 12,161,159,999.98784 (by hand) → rounded to the fen.
    expect(huge.penalty.amount).toBe("12,161,159,999.99");
    expect(run({ due: "2026-03-14", principal: "0.01", rate: "0.05" }).penalty.amount).toBe("0.00");
    expect(run({ due: "2026-03-05", principal: "33.33", rate: "0.015" }).penalty.amount).toBe("0.05"); // 0.049995 rounds half up
  });

  it("a future due date is not overdue: no penalty days, no credit record, steps still dated", () => {
    const result = run({ due: "2026-04-01", principal: "3000", rate: "0.05" });
    expect(result.daysOverdue).toBe(0);
    expect(result.daysUntilDue).toBe(17);
    expect(result.penalty.amount).toBe("0.00");
    expect(result.credit).toBeUndefined();
    expect(result.steps.every((s) => !s.reached)).toBe(true);
    expect(result.steps[0].date).toBe("2026-04-02");
  });

  it("accepts 3,000 元, a % sign and full-width commas", () => {
    expect(run({ due: "2026-02-03", principal: "3,000元", rate: "0.05%" }).penalty.amount).toBe("60.00");
    expect(run({ due: "2026-02-03", principal: "3，000", rate: ".05" }).penalty.amount).toBe("60.00");
  });
});

describe("parseTimelineQuery: invalid input gets a Chinese message naming the field", () => {
  it.each([
    [{ principal: "3000" }, "due", "还款日：请填写还款日"],
    [{ due: "2026-02-30", principal: "3000" }, "due", "还款日：请按 年-月-日"],
    [{ due: "yesterday", principal: "3000" }, "due", "还款日："],
    [{ days: "-3", principal: "3000" }, "days", "逾期天数：请填 0 到 9999"],
    [{ days: "4.5", principal: "3000" }, "days", "逾期天数："],
    [{ due: "2026-02-03" }, "principal", "逾期本金：请填写逾期的本金"],
    [{ due: "2026-02-03", principal: "三千" }, "principal", "逾期本金：请填写数字"],
    [{ due: "2026-02-03", principal: "3000.123" }, "principal", "逾期本金：请填写数字"],
    [{ due: "2026-02-03", principal: "-5" }, "principal", "逾期本金："],
    [{ due: "2026-02-03", principal: "100000000000" }, "principal", "逾期本金：金额太大"],
    [{ due: "2026-02-03", principal: "3000", rate: "abc" }, "rate", "罚息日利率：请填写百分比数字"],
    [{ due: "2026-02-03", principal: "3000", rate: "50" }, "rate", "罚息日利率：超过每天 10%"],
    [{ due: "2026-02-03", principal: "3000", repay: "2026-02-03" }, "repay", "还清日期：要晚于还款日"],
    [{ due: "2026-02-03", principal: "3000", asof: "2026-13-01" }, "asof", "计算日期："],
  ] as [TimelineQuery, string, string][])("%o → %s", (query, field, message) => {
    const errors = errorsOf(query);
    expect(errors.map((e) => e.field)).toContain(field);
    expect(errors.find((e) => e.field === field)!.message).toContain(message);
  });

  it("reports every problem at once", () => {
    expect(errorsOf({ due: "x", principal: "y", rate: "z" }).map((e) => e.field)).toEqual(["due", "principal", "rate"]);
  });

  it("takes the first value of a repeated parameter", () => {
    expect(parseTimelineQuery({ due: ["2026-02-03", "x"], principal: "1" }, "2026-03-15").ok).toBe(true);
  });
});

describe("todayInChina", () => {
  it("is the date in UTC+8", () => {
    expect(todayInChina(new Date("2026-03-14T16:30:00Z"))).toBe("2026-03-15");
    expect(todayInChina(new Date("2026-03-14T15:59:59Z"))).toBe("2026-03-14");
  });
});
