"use client";

import type { SearchResult } from "@/search";
import { Highlighted } from "./Highlighted";
import { HotlineList, type PopularLink } from "./SearchEmptyState";
import { optionId, type LoadState } from "./search-panel-ids";

/** The header search box's drop-down (src/components/SearchBox.tsx): results as you type, or the most-read articles and the hotlines. */
export function SearchPanel({
  text,
  state,
  results,
  popular,
  active,
  listId,
  onChoose,
}: {
  text: string;
  state: LoadState;
  results: SearchResult[];
  popular: PopularLink[];
  active: number;
  listId: string;
  onChoose: () => void;
}) {
  return (
    <div
      className="absolute left-0 right-0 top-full z-40 mt-1 max-h-[70vh] overflow-y-auto rounded-md border border-slate-300 bg-white p-3 shadow-lg sm:left-auto sm:w-[28rem]"
      data-testid="search-panel"
    >
      {text && state === "failed" && <p className="text-sm text-slate-700">搜索暂时加载不了。按“搜索”按钮也能查到结果。</p>}
      {text && state !== "failed" && state !== "ready" && <p className="text-sm text-slate-600">正在加载搜索…</p>}
      {text && state === "ready" && results.length === 0 && (
        <p className="text-sm text-slate-700">没有找到“{text}”相关的文章。换个说法试试，比如“紧急联系人”“征信”“投诉”。</p>
      )}
      {!text && <p className="text-sm font-semibold text-slate-700">大家最常看</p>}
      <ul id={listId} role="listbox" aria-label={text ? "搜索结果" : "大家最常看"} className="divide-y divide-slate-100">
        {text
          ? results.map((result, index) => (
              <li key={result.slug} id={optionId(listId, index)} role="option" aria-selected={index === active} className={index === active ? "bg-brand-50" : undefined}>
                <a href={result.url} tabIndex={-1} className="block px-1 py-2 no-underline" onMouseDown={(event) => event.preventDefault()} onClick={onChoose}>
                  <span className="block font-semibold text-brand-700">
                    <Highlighted parts={result.titleParts} />
                  </span>
                  {result.place && <span className="block text-xs text-slate-600">见：{result.place}</span>}
                  <span className="block text-sm text-slate-700">
                    <Highlighted parts={result.snippetParts} />
                  </span>
                </a>
              </li>
            ))
          : popular.map((link, index) => (
              <li key={link.href} id={optionId(listId, index)} role="option" aria-selected={index === active} className={index === active ? "bg-brand-50" : undefined}>
                <a href={link.href} tabIndex={-1} className="block px-1 py-1.5 text-brand-700" onMouseDown={(event) => event.preventDefault()} onClick={onChoose}>
                  {link.title}
                </a>
              </li>
            ))}
      </ul>
      {!text && (
        <div className="mt-3">
          <p className="text-sm font-semibold text-slate-700">投诉和求助电话</p>
          <HotlineList />
        </div>
      )}
      {text && results.length > 0 && (
        <a href={`/search?q=${encodeURIComponent(text)}`} className="mt-2 block text-sm text-brand-700">
          查看全部结果 →
        </a>
      )}
    </div>
  );
}
