import { describe, expect, it } from "vitest";
import { topicsNearest, type Article, type Site, type Topic } from "@/content";

const topic = (id: string, order: number) => ({ id, name: id, description: "", order }) as unknown as Topic;
const article = (slug: string, topicId: string) => ({ slug, topic: topicId }) as unknown as Article;
const site = {
  topics: [topic("legality", 4), topic("timeline", 1), topic("repayment", 3), topic("emergency-contacts", 2)],
  articles: [article("a", "repayment"), article("b", "legality"), article("c", "repayment")],
} as Pick<Site, "articles" | "topics">;

describe("topicsNearest (the not-found page's 最接近的话题)", () => {
  it("lists the nearest articles' topics first, once each, then every other topic in the site's order", () => {
    expect(topicsNearest(site, ["c", "b", "a"]).map((t) => t.id)).toEqual(["repayment", "legality", "timeline", "emergency-contacts"]);
  });
  it("without known articles it is every topic in order", () => {
    expect(topicsNearest(site, ["nope"]).map((t) => t.id)).toEqual(["timeline", "emergency-contacts", "repayment", "legality"]);
  });
});
