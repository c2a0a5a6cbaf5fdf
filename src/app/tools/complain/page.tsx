import type { Metadata } from "next";
import { Breadcrumb } from "@/components/Breadcrumb";
import { ComplaintForm } from "@/components/tools/ComplaintForm";
import { ComplaintResult } from "@/components/tools/ComplaintResult";
import { ToolNote } from "@/components/tools/ToolNote";
import { citationResolver, getSite } from "@/content";
import { findChannels, parseComplaintQuery, type ComplaintQuery } from "@/tools";
import { getToolkit } from "@/tools/server";

export const metadata: Metadata = {
  title: "投诉渠道查询：被催收骚扰该找谁",
  description: "选一选谁被联系了、发生了什么、借款机构是哪类，按顺序告诉你该找出借机构、12378、12363、110、12321、12377 还是 12368，要留哪些证据，并给你一份可复制的清单。",
  alternates: { canonical: "/tools/complain" },
};

export default async function ComplainPage({ searchParams }: { searchParams: Promise<ComplaintQuery> }) {
  const query = await searchParams;
  const [site, toolkit] = await Promise.all([getSite(), getToolkit()]);
  const { answers, errors } = parseComplaintQuery(toolkit.complaints, query);
  const answered = answers.who.length + answers.what.length > 0 || answers.lender !== undefined;
  return (
    <div className="space-y-6">
      <Breadcrumb items={[{ name: "首页", href: "/" }, { name: "实用工具", href: "/tools" }, { name: "投诉渠道查询" }]} />
      <header className="space-y-2">
        <h1 className="text-2xl font-bold leading-snug sm:text-3xl">投诉渠道查询</h1>
        <p className="text-lg text-slate-700">回答三个问题，看看该找谁、按什么顺序、要留什么证据。觉得不安全时，先打 110。</p>
      </header>
      <ComplaintForm data={toolkit.complaints} answers={answers} errors={errors} />
      {answered && errors.length === 0 && <ComplaintResult advice={findChannels(toolkit.complaints, answers)} articles={site.articles} citationHref={citationResolver(site.laws, "page")} />}
      <ToolNote>各热线的受理范围以有关部门的说明为准。</ToolNote>
    </div>
  );
}
