import type { Metadata } from "next";
import { Breadcrumb } from "@/components/Breadcrumb";
import { TimelineForm } from "@/components/tools/TimelineForm";
import { TimelineResultView } from "@/components/tools/TimelineResultView";
import { ToolNote } from "@/components/tools/ToolNote";
import { citationResolver, getSite } from "@/content";
import { TIMELINE_FIELDS, computeTimeline, formWasSent, isEmptyTimelineQuery, parseTimelineQuery, todayInChina, type TimelineField, type TimelineQuery } from "@/tools";
import { getToolkit } from "@/tools/server";

export const metadata: Metadata = {
  title: "逾期计算器：逾期多少天、罚息多少、征信哪天删除",
  description: "填还款日和逾期本金，看之后通常会发生什么、各在哪天，罚息按合同利率估算多少，还清后征信记录哪天删除。标明哪些是法律规定，哪些是常见做法。",
  alternates: { canonical: "/tools/timeline" },
};

export default async function TimelinePage({ searchParams }: { searchParams: Promise<TimelineQuery> }) {
  const query = await searchParams;
  const [site, toolkit] = await Promise.all([getSite(), getToolkit()]);
  const values = Object.fromEntries(
    (Object.keys(TIMELINE_FIELDS) as TimelineField[]).map((field) => {
      const raw = query[field];
      return [field, (Array.isArray(raw) ? raw[0] : raw ?? "").slice(0, 40)];
    }),
  );
  const empty = isEmptyTimelineQuery(query) && !formWasSent(query); // a first visit: no errors yet
  const parsed = empty ? undefined : parseTimelineQuery(query, todayInChina());
  return (
    <div className="space-y-6">
      <Breadcrumb items={[{ name: "首页", href: "/" }, { name: "实用工具", href: "/tools" }, { name: "逾期计算器" }]} />
      <header className="space-y-2">
        <h1 className="text-2xl font-bold leading-snug sm:text-3xl">逾期计算器</h1>
        <p className="text-lg text-slate-700">
          填还款日和金额，看看之后通常会发生什么、大约在哪天，罚息大约多少，征信记录哪天删除。填的内容只用来计算，不会保存。
        </p>
      </header>
      <TimelineForm values={values} errors={parsed && !parsed.ok ? parsed.errors : []} />
      {parsed?.ok && <TimelineResultView
          result={computeTimeline(parsed.input, toolkit.timelineSteps)}
          articles={site.articles}
          citationHref={citationResolver(site.laws, "page")}
        />}
      <ToolNote>结果页的网址包含你填的数字，分享前请留意。</ToolNote>
    </div>
  );
}
