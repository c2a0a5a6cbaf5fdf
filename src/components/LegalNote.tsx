export function LegalNote({ reviewed }: { reviewed: string }) {
  return (
    <aside className="mt-8 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-slate-800">
      <p>
        本文为一般信息，不构成法律意见。你的情况以借款合同、平台页面和有关部门的答复为准。最后审核：
        <time dateTime={reviewed}>{reviewed}</time>
      </p>
    </aside>
  );
}
