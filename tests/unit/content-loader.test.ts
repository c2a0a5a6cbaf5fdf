import { describe, expect, it } from "vitest";
import { ContentError, loadSite } from "@/content";
import { makeContent } from "../helpers/content-fixture";

async function loadFixture(...args: Parameters<typeof makeContent>) {
  const { root, contentDir } = makeContent(...args);
  return loadSite({ contentDir, rootDir: root });
}

/** Loads a fixture that must fail, and returns its issues as "file › field" strings. */
async function issuesOf(...args: Parameters<typeof makeContent>): Promise<string[]> {
  try {
    await loadFixture(...args);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).issues.map((issue) => `${issue.file} › ${issue.field}`);
  }
  throw new Error("expected the content to be rejected");
}

describe("loadSite: valid content", () => {
  it("loads articles with typed fields, in topic then reading order", async () => {
    const site = await loadFixture({
      "b-second": { data: { order: 2, related: ["a-first"] } },
      "a-first": {
        raw: "---\ntitle: 第一篇\nsummary: 摘要。\ntopic: timeline\norder: 1\ntags: [测试]\nupdated: 2026-10-01\nreviewed: 2026-10-02\nsources:\n  - title: 来源\n---\n正文",
      },
      "c-contacts": { data: { topic: "emergency-contacts", faq: [{ q: "要还钱吗？", a: "不用。" }] } },
    });
    expect(site.articles.map((a) => a.slug)).toEqual(["a-first", "b-second", "c-contacts"]);
    expect(site.articles[0].updated).toBe("2026-10-01"); // unquoted YAML date normalised
    expect(site.articles[2].faq[0]).toMatchObject({ q: "要还钱吗？", a: "不用。", id: "faq-要还钱吗" });
    expect(site.articles[1].related).toEqual(["a-first"]);
  });

  it("accepts a numeric tag such as a hotline number", async () => {
    const site = await loadFixture({ hotline: { data: { tags: [12378, "投诉"] } } });
    expect(site.articles[0].tags).toEqual(["12378", "投诉"]);
  });
});

describe("loadSite: bad input fails naming file and field", () => {
  it("invalid frontmatter: missing title", async () => {
    expect(await issuesOf({ broken: { data: { title: undefined } } })).toContain("content/articles/broken.md › title");
  });

  it("invalid frontmatter: a source without a title", async () => {
    expect(await issuesOf({ broken: { data: { sources: [{ url: "https://example.org" }] } } })).toContain(
      "content/articles/broken.md › sources[0].title",
    );
  });

  it("invalid frontmatter: no sources at all", async () => {
    expect(await issuesOf({ broken: { data: { sources: [] } } })).toContain("content/articles/broken.md › sources");
  });

  it("invalid frontmatter: an unknown field (typo) is not silently ignored", async () => {
    expect(await issuesOf({ broken: { data: { summery: "typo" } } })).toContain("content/articles/broken.md › (整个文件)");
  });

  it("YAML that does not parse", async () => {
    expect(await issuesOf({ broken: { raw: "---\ntitle: [unclosed\n---\nbody" } })).toContain("content/articles/broken.md › frontmatter");
  });

  it("unknown topic", async () => {
    expect(await issuesOf({ lost: { data: { topic: "nope" } } })).toContain("content/articles/lost.md › topic");
  });

  it("duplicate slug in two folders", async () => {
    const issues = await issuesOf({ "a/same": {}, "b/same": {} });
    expect(issues).toContain("content/articles/b/same.md › (文件名)");
  });

  it("a slug that is not lowercase ASCII", async () => {
    expect(await issuesOf({ "Bad_Slug": {} })).toContain("content/articles/Bad_Slug.md › (文件名)");
  });

  it("a non-Markdown file in articles/", async () => {
    expect(await issuesOf({ "notes.txt": { raw: "hello" } })).toContain("content/articles/notes.txt › (文件名)");
  });

  it("bad date: not a calendar date", async () => {
    expect(await issuesOf({ dated: { data: { reviewed: "2026-02-30" } } })).toContain("content/articles/dated.md › reviewed");
  });

  it("bad date: not ISO", async () => {
    expect(await issuesOf({ dated: { data: { updated: "2026年1月1日" } } })).toContain("content/articles/dated.md › updated");
  });

  it("related slug that does not exist", async () => {
    expect(await issuesOf({ one: { data: { related: ["ghost"] } } })).toContain("content/articles/one.md › related[0]");
  });

  it("internal link to a missing article", async () => {
    const issues = await issuesOf({ one: { body: "见[另一篇](/articles/ghost)。" } });
    expect(issues).toContain("content/articles/one.md › 正文链接");
  });

  it("internal link to a missing heading of an existing article", async () => {
    const issues = await issuesOf({ one: { body: "见[另一篇](/articles/two#不存在)。" }, two: { body: "## 存在\n\n正文" } });
    expect(issues).toContain("content/articles/one.md › 正文链接");
  });

  it("featured list naming a missing article", async () => {
    const issues = await issuesOf({ one: {} }, { featured: { featured: ["ghost"] } });
    expect(issues).toContain("content/featured.json › featured[0]");
  });

  it("topics file with a duplicate id", async () => {
    const topics = [
      { id: "timeline", name: "一", description: "一", order: 1 },
      { id: "timeline", name: "二", description: "二", order: 2 },
    ];
    expect(await issuesOf({ one: {} }, { topics })).toContain("content/topics.json › [1].id");
  });

  it("reports every problem at once, not just the first", async () => {
    const issues = await issuesOf({ one: { data: { topic: "nope" } }, two: { data: { reviewed: "soon" } } });
    expect(issues).toEqual(expect.arrayContaining(["content/articles/one.md › topic", "content/articles/two.md › reviewed"]));
  });

  it("the error message itself names file and field", async () => {
    const { root, contentDir } = makeContent({ lost: { data: { topic: "nope" } } });
    await expect(loadSite({ contentDir, rootDir: root })).rejects.toThrow(/content\/articles\/lost\.md › topic/);
  });
});

describe("content/updates.json (/updates)", () => {
  const entry = (overrides: Record<string, unknown> = {}) => ({
    id: "first-fix",
    date: "2026-11-01",
    kind: "correction",
    title: "更正",
    summary: "改了一句。",
    articles: ["one"],
    ...overrides,
  });

  it("is optional, and entries come back newest first (same day: file order)", async () => {
    expect((await loadFixture({ one: {} })).updates).toEqual([]);
    const site = await loadFixture(
      { one: {} },
      {
        updates: {
          updates: [
            entry({ id: "older" , date: "2026-10-01" }),
            entry({ id: "same-day-a", date: "2026-11-02" }),
            entry({ id: "same-day-b", date: "2026-11-02", kind: "rule" }),
          ],
        },
      },
    );
    expect(site.updates.map((u) => u.id)).toEqual(["same-day-a", "same-day-b", "older"]);
  });

  it("names the file and field of a missing article and a duplicate id", async () => {
    const issues = await issuesOf({ one: {} }, { updates: { updates: [entry({ articles: ["one", "ghost"] }), entry()] } });
    expect(issues).toEqual(["content/updates.json › updates[0].articles[1]", "content/updates.json › updates[1].id"]);
  });

  it("names the file and field of a bad date and an unknown kind", async () => {
    const issues = await issuesOf(
      { one: {} },
      { updates: { updates: [entry({ id: "bad-date", date: "2026-02-30" }), entry({ id: "bad-kind", kind: "rumour" })] } },
    );
    expect(issues).toEqual(["content/updates.json › updates[0].date", "content/updates.json › updates[1].kind"]);
  });
});
