import { ArticleList } from "@/components/ArticleList";
import { JsonLd } from "@/components/JsonLd";
import { HomeTools } from "@/components/tools/HomeTools";
import { articlesOfTopic, featuredArticles, getSite } from "@/content";
import { homeMetadata, websiteJsonLd } from "@/sharing";
import { SITE_DESCRIPTION, SITE_INFO } from "@/site-config";

export const metadata = homeMetadata(SITE_INFO, SITE_DESCRIPTION);

export default async function HomePage() {
  const site = await getSite();
  return (
    <div className="space-y-10">
      <JsonLd data={[websiteJsonLd(SITE_INFO)]} />
      <section>
        <h1 className="text-2xl font-bold leading-snug sm:text-3xl">网贷逾期了，先别慌</h1>
        <p className="mt-3 text-lg text-slate-700">
          紧急联系人没有替你还钱的义务；催收也有不能越过的底线。这里的每条说法都注明了法律出处，并告诉你下一步可以做什么。
        </p>
      </section>

      <section aria-labelledby="featured-title">
        <h2 id="featured-title" className="text-xl font-bold">
          大家最常问
        </h2>
        <ArticleList articles={featuredArticles(site)} />
      </section>

      <HomeTools />

      <section aria-labelledby="topics-title">
        <h2 id="topics-title" className="text-xl font-bold">
          按主题阅读
        </h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {site.topics.map((topic) => (
            <li key={topic.id}>
              <a
                href={`/topics/${topic.id}`}
                className="block h-full rounded-lg border border-slate-200 p-4 hover:border-brand-700 hover:bg-brand-50"
              >
                <span className="text-lg font-semibold text-brand-800">{topic.name}</span>
                <span className="mt-1 block text-slate-700">{topic.description}</span>
                <span className="mt-2 block text-sm text-slate-600">{articlesOfTopic(site, topic.id).length} 篇文章</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
