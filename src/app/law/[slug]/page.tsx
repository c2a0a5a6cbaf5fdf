import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/Breadcrumb";
import { JsonLd } from "@/components/JsonLd";
import { LawArticleText } from "@/components/law/LawArticleText";
import { lawVersionLine } from "@/components/law/lawDates";
import { articlesCiting, getSite, LAW_PATH, lawPagePath } from "@/content";
import { legislationJsonLd } from "@/sharing";
import { SITE_INFO } from "@/site-config";

type Params = { slug: string };

export const dynamicParams = false;

export async function generateStaticParams(): Promise<Params[]> {
  return (await getSite()).laws.instruments.map((law) => ({ slug: law.slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { slug } = await params;
  const law = (await getSite()).laws.instruments.find((entry) => entry.slug === slug);
  if (!law) return {};
  return {
    title: `《${law.shortName}》本站引用的条文`,
    description: `《${law.name}》中本站文章引用的条文原文（${law.version}），以及引用每一条的文章。`,
    alternates: { canonical: lawPagePath(law.slug) },
  };
}

export default async function LawPage({ params }: { params: Promise<Params> }) {
  const site = await getSite();
  const { slug } = await params;
  const law = site.laws.instruments.find((entry) => entry.slug === slug);
  if (!law) notFound();
  return (
    <div className="space-y-6">
      <JsonLd data={[legislationJsonLd(SITE_INFO, law)]} />
      <Breadcrumb items={[{ name: "首页", href: "/" }, { name: "法条原文", href: LAW_PATH }, { name: law.shortName }]} />
      <header className="space-y-2">
        <h1 className="text-2xl font-bold leading-snug sm:text-3xl">《{law.name}》</h1>
        <p className="text-slate-700">
          {law.issuer} · {lawVersionLine(law)}
        </p>
        <p className="text-slate-700">
          官方文本：
          <a href={law.source} rel="noopener noreferrer" className="text-brand-700 underline">
            {law.sourceName}
          </a>
          。这里只收录本站文章引用的条文，按条号排列；每条的网址是 {lawPagePath(law.slug)}#条号（例如 #{law.articles[0]?.key}）。
        </p>
        {law.textNote && <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-slate-800">{law.textNote}</p>}
      </header>
      <ol className="space-y-4">
        {law.articles.map((article) => {
          const citing = articlesCiting(site, law.slug, article.key);
          return (
            <li key={article.key} id={article.key} className="law-entry scroll-mt-4 rounded-md border border-slate-200 p-4">
              <h2 className="text-lg font-semibold text-slate-900">{article.label}</h2>
              <div className="mt-2">
                <LawArticleText law={law} article={article} />
              </div>
              {citing.length > 0 && (
                <div className="mt-3 text-sm text-slate-700">
                  <p className="font-semibold">本站引用此条的文章</p>
                  <ul className="mt-1 list-disc space-y-1 pl-5">
                    {citing.map((entry) => (
                      <li key={entry.slug}>
                        <a href={`/articles/${entry.slug}`} className="text-brand-700 underline">
                          {entry.title}
                        </a>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
