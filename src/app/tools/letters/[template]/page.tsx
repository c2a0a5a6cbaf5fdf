import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/Breadcrumb";
import { LinkedText } from "@/components/LinkedText";
import { ArticleLinks } from "@/components/tools/ArticleLinks";
import { LetterFiller } from "@/components/tools/LetterFiller";
import { ToolNote } from "@/components/tools/ToolNote";
import { LawFootnotes } from "@/components/law/LawFootnotes";
import { citationResolver, getSite, lawRefsInTexts } from "@/content";
import { getToolkit } from "@/tools/server";

type Params = { template: string };

export const dynamicParams = false;

export async function generateStaticParams(): Promise<Params[]> {
  return (await getToolkit()).templates.map((template) => ({ template: template.slug }));
}

async function findTemplate(params: Promise<Params>) {
  const slug = (await params).template;
  return (await getToolkit()).templates.find((template) => template.slug === slug);
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const template = await findTemplate(params);
  if (!template) return {};
  return {
    title: `${template.title}（模板）`,
    description: `${template.summary}在页面上填空，复制、打印或下载；填的内容不会发送到服务器。`,
    alternates: { canonical: `/tools/letters/${template.slug}` },
  };
}

export default async function LetterPage({ params }: { params: Promise<Params> }) {
  const template = await findTemplate(params);
  if (!template) notFound();
  const site = await getSite();
  return (
    <div className="space-y-6">
      <Breadcrumb items={[{ name: "首页", href: "/" }, { name: "文书模板", href: "/tools/letters" }, { name: template.title }]} />
      <header className="no-print space-y-2">
        <h1 className="text-2xl font-bold leading-snug sm:text-3xl">{template.title}</h1>
        <p className="text-lg text-slate-700">{template.summary}</p>
        <p>
          <span className="font-semibold">写给：</span>
          <LinkedText text={template.recipient} />
        </p>
        <p>
          <span className="font-semibold">怎么发：</span>
          <LinkedText text={template.howToSend} citationHref={citationResolver(site.laws, "page")} />
        </p>
        <p className="rounded-md border border-brand-100 bg-brand-50 p-3 text-sm">
          隐私：你在这一页填的内容只在你的设备上生成信件，不会发送到服务器，也不会保存。
        </p>
      </header>
      <LetterFiller template={{ title: template.title, placeholders: template.placeholders, segments: template.segments }} />
      <div className="no-print">
        {/* The letter itself stays plain text to copy; the articles it cites are quoted here. */}
        <LawFootnotes
          refs={lawRefsInTexts([template.howToSend, ...template.segments.flatMap((segment) => ("text" in segment ? [segment.text] : []))], site.laws)}
          laws={site.laws}
          intro="这封信引用的条文原文，寄出前可以核对。原文以国家发布的文本为准。"
        />
        <ArticleLinks slugs={template.articles} articles={site.articles} />
        <ToolNote>模板只是起点，按你的实际情况修改。</ToolNote>
      </div>
    </div>
  );
}
