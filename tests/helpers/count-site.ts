import type { Article, Site } from "../../src/content";

/** A small site for count tests: only the fields counting looks at. */
export function countSite(): Pick<Site, "articles" | "featured" | "topics"> {
  const article = (slug: string, topic: string) => ({ slug, title: `标题 ${slug}`, topic }) as Article;
  return {
    topics: [
      { id: "t1", name: "主题一", description: "", order: 1 },
      { id: "t2", name: "主题二", description: "", order: 2 },
    ],
    // Reading order: a, b, c (topic t1), d, e (topic t2).
    articles: [article("a", "t1"), article("b", "t1"), article("c", "t1"), article("d", "t2"), article("e", "t2")],
    featured: ["d", "b"],
  };
}
