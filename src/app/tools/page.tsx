import type { Metadata } from "next";
import { Breadcrumb } from "@/components/Breadcrumb";
import { ToolCards } from "@/components/tools/ToolCards";
import { ToolNote } from "@/components/tools/ToolNote";
import { getToolkit } from "@/tools/server";

export const metadata: Metadata = {
  title: "实用工具：逾期计算器、投诉渠道查询、文书模板",
  description: "算一算逾期后会发生什么和罚息多少；按情况查该向谁投诉；协商还款申请、投诉信、征信异议申请模板，填空即用。",
  alternates: { canonical: "/tools" },
};

export default async function ToolsPage() {
  const toolkit = await getToolkit();
  return (
    <div className="space-y-6">
      <Breadcrumb items={[{ name: "首页", href: "/" }, { name: "实用工具" }]} />
      <header className="space-y-2">
        <h1 className="text-2xl font-bold leading-snug sm:text-3xl">实用工具</h1>
        <p className="text-lg text-slate-700">文章讲道理，这里回答你自己的情况：会发生什么、该找谁、怎么写。你填的内容不会保存。</p>
      </header>
      <ToolCards tools={toolkit.tools} />
      <ToolNote />
    </div>
  );
}
