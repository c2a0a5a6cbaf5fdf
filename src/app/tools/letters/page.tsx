import type { Metadata } from "next";
import { Breadcrumb } from "@/components/Breadcrumb";
import { ToolCards } from "@/components/tools/ToolCards";
import { ToolNote } from "@/components/tools/ToolNote";
import { getToolkit } from "@/tools/server";

export const metadata: Metadata = {
  title: "文书模板：协商还款申请、投诉信、征信异议申请",
  description: "协商还款申请、给监管部门的投诉信、征信异议申请，以及请催收停止联系第三人的消息。在页面上填空，复制、打印或下载；填的内容不会发送到服务器。",
  alternates: { canonical: "/tools/letters" },
};

export default async function LettersPage() {
  const { templates } = await getToolkit();
  return (
    <div className="space-y-6">
      <Breadcrumb items={[{ name: "首页", href: "/" }, { name: "实用工具", href: "/tools" }, { name: "文书模板" }]} />
      <header className="space-y-2">
        <h1 className="text-2xl font-bold leading-snug sm:text-3xl">文书模板</h1>
        <p className="text-lg text-slate-700">选一个模板，在页面上填空，复制、打印或下载。你填的内容只在你自己的设备上，不会发送到服务器，也不会保存。</p>
      </header>
      <ToolCards tools={templates.map((t) => ({ href: `/tools/letters/${t.slug}`, name: t.title, summary: t.summary }))} />
      <ToolNote />
    </div>
  );
}
