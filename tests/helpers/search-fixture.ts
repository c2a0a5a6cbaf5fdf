import { loadSite } from "../../src/content/load";
import { Searcher } from "../../src/search";
import { buildSearchIndex, type Lexicon } from "../../src/search/node";
import { makeContent } from "./content-fixture";

export const TEST_LEXICON: Lexicon = {
  synonyms: [
    ["爆通讯录", "通讯录", "联系人"],
    ["罚息", "逾期利息"],
  ],
  terms: [{ en: ["credit report"], zh: ["征信"] }],
};

/** A small site: enough articles that idf means something, each with a distinct subject. */
export async function fixtureSearch(lexicon: Lexicon = TEST_LEXICON) {
  const { root, contentDir } = makeContent({
    "credit-report": {
      data: { title: "逾期多久上征信？", summary: "一般按月报送。", tags: ["征信"], faq: [{ q: "征信记录保留几年？", a: "不良记录保留五年。" }] },
      body: "第一段。\n\n## 借呗逾期会上征信吗\n\n借呗的逾期信息可能报送到征信系统。\n\n## 其他\n\n无关内容。\n",
    },
    "penalty-interest": {
      data: { title: "罚息怎么算？", summary: "按合同约定。", tags: ["罚息"] },
      body: "罚息按未还本金计算。\n\n## 利率上限\n\n逾期利息不能无限高。\n",
    },
    "address-book": {
      data: { title: "爆通讯录合法吗？", summary: "不合法。", tags: ["通讯录"] },
      body: "催收把欠款告诉通讯录里的人，不合法。\n\n## 怎么投诉\n\n拨打12378投诉。\n",
    },
    "emergency-contact": {
      data: { title: "紧急联系人要还钱吗？", summary: "不用。紧急联系人不是保证人。", tags: ["紧急联系人"] },
      body: "紧急联系人没有还款义务。\n\n## 催收打给紧急联系人怎么办\n\n可以要求对方停止联系。\n",
    },
    "unrelated": {
      data: { title: "怎么整理证据", summary: "截图、录音。", tags: ["证据"] },
      body: "保存通话录音和截图。\n",
    },
  });
  const site = await loadSite({ contentDir, rootDir: root });
  const data = buildSearchIndex(site, lexicon);
  return { site, data, searcher: new Searcher(data), root, contentDir };
}
