import type { Metadata } from "next";
import { Breadcrumb } from "@/components/Breadcrumb";
import { lawVersionLine } from "@/components/law/lawDates";
import { getSite, lawPagePath } from "@/content";

export const metadata: Metadata = {
  title: "法条原文",
  description: "本站文章引用的法律、行政法规和司法解释条文原文，注明版本和施行日期，并列出引用每一条的文章。",
  alternates: { canonical: "/law" },
};

export default async function LawIndexPage() {
  const site = await getSite();
  return (
    <div className="space-y-6">
      <Breadcrumb items={[{ name: "首页", href: "/" }, { name: "法条原文" }]} />
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">法条原文</h1>
        <p className="text-lg text-slate-700">
          本站文章引用的每一条法律条文，都能在这里看到原文、版本和施行日期。原文以国家法律法规数据库等官方发布的文本为准。
        </p>
      </header>
      <section aria-labelledby="with-text" className="space-y-3">
        <h2 id="with-text" className="text-xl font-bold">
          收录了条文的法律法规
        </h2>
        <ul className="divide-y divide-slate-200">
          {site.laws.instruments.map((law) => (
            <li key={law.slug} className="py-3">
              <a href={lawPagePath(law.slug)} className="text-lg font-semibold text-brand-700 hover:underline">
                《{law.name}》
              </a>
              <p className="mt-1 text-sm text-slate-700">
                {law.issuer} · {lawVersionLine(law)} · 本站引用 {law.articles.length} 条
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="by-name" className="space-y-3">
        <h2 id="by-name" className="text-xl font-bold">
          只按名称引用的文件
        </h2>
        <p className="text-slate-700">
          下面这些文件，文章只写名称、不写条号：有的是行业自律规范或政策文件，不是法律；有的本站还没有取得可以逐字核对的现行文本。
        </p>
        <ul className="list-disc space-y-2 pl-6 text-slate-800">
          {site.laws.namedOnly.map((entry) => (
            <li key={entry.name}>
              《{entry.name}》{entry.note && <span className="text-slate-600">：{entry.note}</span>}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
