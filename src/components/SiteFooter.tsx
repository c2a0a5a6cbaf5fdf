import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="no-print mt-12 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-3xl space-y-2 px-4 py-6 text-sm text-slate-700">
        <p>本站内容为一般信息，不构成法律意见。具体以你的借款合同、平台页面和有关部门的答复为准。</p>
        <p>
          投诉热线：金融监管 12378 · 人民银行 12363 · 紧急情况 110 · 骚扰电话短信 12321 · 核实诉讼 12368
        </p>
      </div>
    </footer>
  );
}
