import type { Metadata } from "next";
import { UpdateEntry } from "@/components/updates/UpdateEntry";
import { getSite } from "@/content";
import { FEED_PATH, updatesMetadata } from "@/sharing";
import { SITE_INFO } from "@/site-config";

export async function generateMetadata(): Promise<Metadata> {
  return updatesMetadata(SITE_INFO);
}

export default async function UpdatesPage() {
  const site = await getSite();
  const titleOf = new Map(site.articles.map((article) => [article.slug, article.title]));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold sm:text-3xl">政策与内容更新</h1>
      <p className="text-slate-700">
        新规定出台、我们更正了说法、或者新增了文章，都记在这里，最新的在前。每篇文章末尾的“本文更新记录”链接到这里。也可以用
        <a href={FEED_PATH} className="text-brand-700 underline">
          订阅源（Atom）
        </a>
        关注。
      </p>
      <ol className="divide-y divide-slate-200">
        {site.updates.map((entry) => (
          <UpdateEntry key={entry.id} entry={entry} titleOf={titleOf} />
        ))}
      </ol>
    </div>
  );
}
