import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError, loadSite } from "@/content";
import { loadToolkit } from "@/tools/server";
import { loadRealToolkit } from "../helpers/real-toolkit";

const REAL_CONTENT = path.resolve(__dirname, "../../content");

/** A copy of the real content/ with some files changed, loaded like the site loads it. */
async function issuesAfter(changes: Record<string, (text: string) => string>): Promise<string[]> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "tools-fixture-"));
  const contentDir = path.join(root, "content");
  fs.cpSync(REAL_CONTENT, contentDir, { recursive: true });
  for (const [file, change] of Object.entries(changes)) {
    const full = path.join(contentDir, file);
    fs.writeFileSync(full, change(fs.existsSync(full) ? fs.readFileSync(full, "utf8") : ""));
  }
  const site = await loadSite({ contentDir, rootDir: root });
  try {
    loadToolkit({ contentDir, rootDir: root, site });
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).issues.map((issue) => issue.toString());
  }
  throw new Error("expected the tools content to be rejected");
}

const json = (edit: (data: any) => void) => (text: string) => {
  const data = JSON.parse(text);
  edit(data);
  return JSON.stringify(data);
};

describe("loadToolkit", () => {
  it("loads the real content: steps, rules, four templates, three tools", async () => {
    const toolkit = await loadRealToolkit();
    expect(toolkit.tools.map((t) => t.href)).toEqual(["/tools/timeline", "/tools/complain", "/tools/letters"]);
    expect(toolkit.templates).toHaveLength(4);
    expect(toolkit.timelineSteps.filter((s) => s.basis === "statute").every((s) => s.citation)).toBe(true);
  });

  it("an unknown placeholder in a template names the file and the placeholder", async () => {
    const issues = await issuesAfter({ "templates/stop-third-party.md": (t) => t.replace("{{phone}}。", "{{phone}}。{{mobile}}") });
    expect(issues).toEqual(['content/templates/stop-third-party.md › 正文 {{mobile}}: 占位符 "mobile" 没有在 placeholders 里声明']);
  });

  it("a declared but unused placeholder names the file and the field", async () => {
    const issues = await issuesAfter({ "templates/stop-third-party.md": (t) => t.replace("电话{{phone}}", "电话") });
    expect(issues).toEqual(['content/templates/stop-third-party.md › placeholders[3].key: 占位符 "phone" 已声明，但正文里没有用到 {{phone}}']);
  });

  it("a malformed placeholder and a bad frontmatter field are reported", async () => {
    const issues = await issuesAfter({
      "templates/extra.md": () => "---\ntitle: 测试\nsummary: 摘要\nrecipient: 某机构\nhowToSend: 寄\norder: x\nplaceholders: []\n---\n{{name}",
    });
    expect(issues.some((i) => i.startsWith("content/templates/extra.md › order:"))).toBe(true);
    expect(issues.some((i) => i.startsWith("content/templates/extra.md › placeholders:"))).toBe(true);
  });

  it("complaint rules: unknown channel, option and article are named by field", async () => {
    const issues = await issuesAfter({
      "tools/complaints.json": json((data) => {
        data.rules[2].channel = "12345";
        data.rules[4].when.what.push("kidnap");
        data.rules[5].articles.push("no-such-article");
      }),
    });
    expect(issues).toContain('content/tools/complaints.json › rules[2].channel: 渠道 "12345" 不在 channels 里');
    expect(issues).toContain('content/tools/complaints.json › rules[4].when.what[2]: 选项 "kidnap" 不在 questions.what 里');
    expect(issues).toContain('content/tools/complaints.json › rules[5].articles[1]: 文章 "no-such-article" 不存在');
  });

  it("a statutory timeline step needs a citation; tool links must exist", async () => {
    const issues = await issuesAfter({
      "tools/timeline.json": json((data) => delete data.steps[0].citation),
      "tools/tools.json": json((data) => {
        data.tools[0].href = "/tools/nothing";
        data.tools[1].topics.push("no-topic");
      }),
    });
    expect(issues).toContain("content/tools/timeline.json › steps[0].citation: 法律规定必须写 citation（法律名称和条号）");
    expect(issues).toContain('content/tools/tools.json › tools[0].href: 页面 "/tools/nothing" 不存在');
    expect(issues).toContain('content/tools/tools.json › tools[1].topics[2]: 主题 "no-topic" 不存在');
  });
});
