import { getSite, LAW_PATH } from "@/content";
import { ABOUT_PATH, FEED_PATH, PRIVACY_PATH, TOOLS_PATH, topicPath, UPDATES_PATH } from "@/sharing";

const HOTLINES = [
  { label: "金融监管", number: "12378" },
  { label: "人民银行", number: "12363" },
  { label: "核实诉讼", number: "12368" },
  { label: "骚扰电话短信", number: "12321" },
  { label: "心理援助", number: "12356" },
  { label: "紧急情况", number: "110" },
];

/** After the topics, on every page: the tools, what changed, the law texts, who we are, privacy and the feed. */
const SITE_LINKS = [
  { href: TOOLS_PATH, label: "实用工具" },
  { href: UPDATES_PATH, label: "政策与内容更新" },
  { href: LAW_PATH, label: "法条原文" },
  { href: ABOUT_PATH, label: "关于本站" },
  { href: PRIVACY_PATH, label: "隐私说明" },
  { href: FEED_PATH, label: "订阅（Atom）" },
];

const linkClass = "inline-block py-1 text-brand-700 underline";

export async function SiteFooter() {
  const site = await getSite();
  return (
    <footer className="no-print mt-12 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-3xl space-y-3 px-4 py-6 text-sm text-slate-700">
        <nav aria-label="页脚导航">
          <ul className="flex flex-wrap gap-x-4">
            {[
              ...site.topics.map((topic) => ({ href: topicPath(topic.id), label: topic.name })),
              ...SITE_LINKS,
            ].map((link) => (
              <li key={link.href}>
                <a href={link.href} className={linkClass}>
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <p>本站内容为一般信息，不构成法律意见。具体以你的借款合同、平台页面和有关部门的答复为准。</p>
        <p>
          常用电话：
          {HOTLINES.map((line, index) => (
            <span key={line.number}>
              {index > 0 && " · "}
              {line.label}{" "}
              <a href={`tel:${line.number}`} className="text-brand-700 underline">
                {line.number}
              </a>
            </span>
          ))}
        </p>
      </div>
    </footer>
  );
}
