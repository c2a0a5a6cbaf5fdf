/** The general-information note for tool pages (articles have LegalNote). */
export function ToolNote({ children }: { children?: React.ReactNode }) {
  return (
    <aside className="no-print mt-8 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-slate-800">
      <p>
        这里的结果是一般信息，不构成法律意见。你的情况以借款合同、平台页面和有关部门的答复为准。
        {children}
      </p>
    </aside>
  );
}
