/** A plain GET form to /search: works without JavaScript and gives a shareable URL. */
export function SearchForm({ defaultValue = "", compact = false }: { defaultValue?: string; compact?: boolean }) {
  return (
    <form action="/search" method="get" role="search" aria-label={compact ? "全站搜索" : "搜索文章"} className="flex w-full gap-2 sm:w-auto">
      <label htmlFor={compact ? "site-search" : "page-search"} className="sr-only">
        搜索文章
      </label>
      <input
        id={compact ? "site-search" : "page-search"}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder="例如：紧急联系人、爆通讯录"
        maxLength={200}
        className="min-w-0 flex-1 rounded-md border border-slate-400 px-3 py-2 text-base sm:w-72"
      />
      <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
        搜索
      </button>
    </form>
  );
}
