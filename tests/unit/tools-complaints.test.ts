import { describe, expect, it } from "vitest";
import { NOTHING_CHOSEN, findChannels, parseComplaintQuery, ruleApplies, type ComplaintAnswers } from "@/tools";
import { loadRealToolkit } from "../helpers/real-toolkit";

const { complaints } = await loadRealToolkit();
const channelOrder = (answers: ComplaintAnswers) => findChannels(complaints, answers).channels.map((c) => c.channel.id);
const answers = (partial: Partial<ComplaintAnswers>): ComplaintAnswers => ({ who: [], what: [], ...partial });

/**
 * One case per rule in content/tools/complaints.json: a situation where it must apply and one
 * where it must not. A rule added without a case here fails the last test.
 */
const RULE_CASES: Record<string, { applies: ComplaintAnswers; notApplies?: ComplaintAnswers }> = {
  "lender-first": { applies: answers({ what: ["harassing-sms"] }) },
  "third-party-contacted": { applies: answers({ who: ["employer"] }), notApplies: answers({ who: ["self"] }) },
  "regulator-licensed": { applies: answers({ lender: "consumer-finance" }), notApplies: answers({ lender: "other" }) },
  "regulator-check-lender": { applies: answers({ lender: "unknown" }), notApplies: answers({ lender: "microloan" }) },
  "regulator-local-microloan": { applies: answers({ lender: "microloan" }), notApplies: answers({ lender: "consumer-finance" }) },
  "regulator-check-lender-local": { applies: answers({ lender: "other" }), notApplies: answers({ lender: "bank" }) },
  "police-threats-or-visit": { applies: answers({ what: ["door-visit"] }), notApplies: answers({ what: ["harassing-sms"] }) },
  "info-posted-online-police": { applies: answers({ what: ["posted-online"] }), notApplies: answers({ what: ["threats"] }) },
  "info-posted-online-report": { applies: answers({ what: ["posted-online"] }), notApplies: answers({ what: ["door-visit"] }) },
  "fake-legal-verify": { applies: answers({ what: ["fake-legal"] }), notApplies: answers({ what: ["posted-online"] }) },
  "fake-legal-police": { applies: answers({ what: ["fake-legal"] }), notApplies: answers({ what: ["night-calls"] }) },
  "harassing-calls-and-messages": { applies: answers({ what: ["night-calls"] }), notApplies: answers({ what: ["door-visit"] }) },
  "credit-record-wrong": { applies: answers({ what: ["credit-error"] }), notApplies: answers({ what: ["threats"] }) },
};

describe("complaint rules (content/tools/complaints.json)", () => {
  for (const rule of complaints.rules) {
    it(`${rule.id} → ${rule.channel}`, () => {
      const cases = RULE_CASES[rule.id];
      expect(cases, `tests/unit/tools-complaints.test.ts 里缺少规则 "${rule.id}" 的测试`).toBeDefined();
      expect(ruleApplies(rule, cases.applies)).toBe(true);
      const advice = findChannels(complaints, cases.applies);
      expect(advice.channels.find((c) => c.channel.id === rule.channel)?.rules).toContain(rule.id);
      if (cases.notApplies) {
        expect(ruleApplies(rule, cases.notApplies)).toBe(false);
        expect(findChannels(complaints, cases.notApplies).channels.flatMap((c) => c.rules)).not.toContain(rule.id);
      }
    });
  }

  it("every test case names a rule that exists", () => {
    expect(Object.keys(RULE_CASES).sort()).toEqual(complaints.rules.map((r) => r.id).sort());
  });
});

describe("findChannels: order and content", () => {
  it("a door visit with threats puts 110 first, then the lender, then the regulator", () => {
    expect(channelOrder(answers({ who: ["self"], what: ["door-visit", "threats"], lender: "consumer-finance" }))).toEqual(["110", "lender", "12378"]);
  });

  it("harassing texts to the address book: lender first, 12321 after the regulator", () => {
    expect(channelOrder(answers({ who: ["address-book"], what: ["harassing-sms"], lender: "bank" }))).toEqual(["lender", "12378", "12321"]);
  });

  it("a fake court letter: check with 12368 before anything else, then report it", () => {
    expect(channelOrder(answers({ what: ["fake-legal"] }))).toEqual(["12368", "110", "lender"]);
  });

  it("information posted online: 110 and 12377 before the lender", () => {
    expect(channelOrder(answers({ what: ["posted-online"], lender: "unknown" }))).toEqual(["110", "12377", "lender", "12378", "local-finance"]);
  });

  it("a 小额贷款公司 goes to the local financial regulator (via 12345), not 12378", () => {
    const advice = findChannels(complaints, answers({ who: ["self"], what: ["threats"], lender: "microloan" }));
    expect(advice.channels.map((c) => c.channel.id)).toEqual(["110", "lender", "local-finance"]);
    const local = advice.channels.find((c) => c.channel.id === "local-finance")!;
    expect(local.channel.name).toBe("当地地方金融管理部门");
    expect(local.channel.contact).toContain("12345");
  });

  it("banks and consumer finance companies keep 12378 and are not sent to the local regulator", () => {
    for (const lender of ["bank", "consumer-finance"]) {
      const order = channelOrder(answers({ lender }));
      expect(order).toContain("12378");
      expect(order).not.toContain("local-finance");
    }
  });

  it("an unknown lender gets both regulators, 12378 first", () => {
    expect(channelOrder(answers({ lender: "unknown" }))).toEqual(["lender", "12378", "local-finance"]);
  });

  it("a channel chosen by two rules appears once, with both reasons", () => {
    const advice = findChannels(complaints, answers({ what: ["posted-online", "fake-legal"] }));
    const police = advice.channels.filter((c) => c.channel.id === "110");
    expect(police).toHaveLength(1);
    expect(police[0].rules).toEqual(["info-posted-online-police", "fake-legal-police"]);
    expect(police[0].reasons).toHaveLength(2);
  });

  it("the checklist lists the evidence and the channels in order", () => {
    const advice = findChannels(complaints, answers({ who: ["employer"], what: ["door-visit"], lender: "bank" }));
    const lines = advice.checklist.split("\n");
    expect(lines).toContain("□ 上门的时间、人数、说了什么；能录音录像就录");
    expect(lines.find((l) => l.startsWith("1. "))).toContain("公安机关 110");
    expect(lines.find((l) => l.startsWith("2. "))).toContain("出借机构");
    expect(advice.evidence.filter((e) => e.includes("被联系的人"))).toHaveLength(1);
  });
});

describe("parseComplaintQuery", () => {
  it("reads repeated GET parameters", () => {
    const { answers: parsed, errors } = parseComplaintQuery(complaints, { who: ["self", "employer"], what: "threats", lender: "bank" });
    expect(errors).toEqual([]);
    expect(parsed).toEqual({ who: ["self", "employer"], what: ["threats"], lender: "bank" });
  });

  it("an unknown option is a Chinese error naming the question", () => {
    const { errors } = parseComplaintQuery(complaints, { what: ["threats", "<script>"], lender: ["bank", "other"] });
    expect(errors).toEqual(["发生了什么：没有“<script>”这个选项，请重新选择", "借款机构类型：只能选一项"]);
  });

  it("a sent form with nothing ticked asks for at least one situation; a first visit does not", () => {
    expect(parseComplaintQuery(complaints, { sent: "1" }).errors).toEqual([NOTHING_CHOSEN]);
    expect(NOTHING_CHOSEN).toContain("请至少选择一种情况");
    expect(parseComplaintQuery(complaints, {}).errors).toEqual([]);
    expect(parseComplaintQuery(complaints, { sent: "1", lender: "bank" }).errors).toEqual([]);
    expect(parseComplaintQuery(complaints, { sent: "1", who: "self" }).errors).toEqual([]);
  });
});
