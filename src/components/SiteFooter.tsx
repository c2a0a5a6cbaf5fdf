import { getSite } from "@/content";
import { FEED_PATH, topicPath, UPDATES_PATH } from "@/sharing";

const HOTLINES = [
  { label: "金融监管", number: "12378" },
  { label: "人民银行", number: "12363" },
  { label: "核实诉讼", number: "12368" },
  { label: "骚扰电话短信", number: "12321" },
  { label: "心理援助", number: "12356" },
  { label: "紧急情况", number: "110" },
];

const linkClass = "inline-block py-1 text-brand-700 underline";

export async function SiteFooter() {
  const site = await getSite();
  return (
    <footer className="no-print mt-12 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-3xl space-y-3 px-4 py-6 text-sm text-slate-700">
        <nav aria-label="页脚导航">
          <ul className="flex flex-wrap gap-x-4">
            {site.topics.map((topic) => (
              <li key={topic.id}>
                <a href={topicPath(topic.id)} className={linkClass}>
                  {topic.name}
                </a>
              </li>
            ))}
            <li>
              <a href="/tools" className={linkClass}>
                实用工具
              </a>
            </li>
            <li>
              <a href={UPDATES_PATH} className={linkClass}>
                政策与内容更新
              </a>
            </li>
            <li>
              <a href="/about" className={linkClass}>
                关于本站
              </a>
            </li>
            <li>
              <a href="/privacy" className={linkClass}>
                隐私说明
              </a>
            </li>
            <li>
              <a href={FEED_PATH} className={linkClass}>
                订阅（Atom）
              </a>
            </li>
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
