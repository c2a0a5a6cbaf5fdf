"use client";

import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { PopularResponse } from "@/counts/browser";
import type { SearchResult, Searcher } from "@/search";
import { Highlighted } from "./Highlighted";
import { HotlineList, type PopularLink } from "./SearchEmptyState";

const DEBOUNCE_MS = 120;
const MAX_LENGTH = 200;

type LoadState = "idle" | "loading" | "ready" | "failed";

/**
 * The header search box. Without JavaScript it is the plain GET form to
 * /search it renders. With JavaScript: the index and the search code are
 * fetched on first focus (never on page load), results appear as you type,
 * `/` focuses, ↑ ↓ choose, Enter opens, Esc closes.
 */
export function SearchBox({ indexUrl, popular: editorPicks, inputId = "site-search" }: { indexUrl: string; popular: PopularLink[]; inputId?: string }) {
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const searcherRef = useRef<Promise<Searcher> | null>(null);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<LoadState>("idle");
  const [results, setResults] = useState<SearchResult[]>([]);
  const [active, setActive] = useState(-1);
  // The empty state starts with the editors' list and switches to the most-read articles once /api/popular answers.
  const [popular, setPopular] = useState<PopularLink[]>(editorPicks);
  const popularRequested = useRef(false);

  const loadSearcher = useCallback(() => {
    if (!popularRequested.current) {
      popularRequested.current = true;
      fetch("/api/popular?limit=5")
        .then((response) => (response.ok ? (response.json() as Promise<PopularResponse>) : null))
        .then((data) => {
          if (data?.source === "views" && data.articles.length) setPopular(data.articles.map(({ title, href }) => ({ title, href })));
        })
        .catch(() => {}); // the editors' list stays
    }
    searcherRef.current ??= (async () => {
      setState("loading");
      const [module, response] = await Promise.all([import("@/search"), fetch(indexUrl)]);
      if (!response.ok) throw new Error(`index ${response.status}`);
      const searcher = new module.Searcher(await response.json());
      setState("ready");
      return searcher;
    })().catch((error: unknown) => {
      searcherRef.current = null;
      setState("failed");
      throw error;
    });
    return searcherRef.current;
  }, [indexUrl]);

  // `/` anywhere outside a text field focuses the box.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
      event.preventDefault();
      inputRef.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  // Debounced search as you type.
  useEffect(() => {
    const text = query.trim();
    if (!text) {
      setResults([]);
      setActive(-1);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      loadSearcher()
        .then((searcher) => {
          if (cancelled) return;
          setResults(searcher.search(text, 8));
          setActive(-1);
        })
        .catch(() => {});
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [query, loadSearcher]);

  const showing = query.trim() ? results.map((r) => r.url) : popular.map((p) => p.href);

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Escape") {
      if (open) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else {
        inputRef.current?.blur();
      }
      return;
    }
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      if (showing.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      // -1 is "back in the box"; the list wraps around through it.
      setActive((current) => {
        const next = current + step;
        if (next < -1) return showing.length - 1;
        return next >= showing.length ? -1 : next;
      });
      return;
    }
    if (event.key === "Enter" && open && active >= 0 && active < showing.length) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
      inputRef.current?.blur(); // the reader goes on to read; the next focus opens the box afresh
      // A full page load: the site uses plain links (no client router code shipped to readers).
      window.location.assign(showing[active]);
    }
  };

  const optionId = (index: number) => `${listId}-option-${index}`;
  const text = query.trim();

  return (
    <div
      className="relative w-full sm:w-auto"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <form action="/search" method="get" role="search" className="flex w-full gap-2">
        <label htmlFor={inputId} className="sr-only">
          搜索文章
        </label>
        <input
          ref={inputRef}
          id={inputId}
          name="q"
          type="search"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
          }}
          onFocus={() => {
            setOpen(true);
            loadSearcher().catch(() => {});
          }}
          onKeyDown={onKeyDown}
          placeholder="例如：紧急联系人、爆通讯录"
          maxLength={MAX_LENGTH}
          autoComplete="off"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
          aria-keyshortcuts="/"
          className="min-w-0 flex-1 rounded-md border border-slate-400 px-3 py-2 text-base sm:w-72"
        />
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
          搜索
        </button>
      </form>
      {open && (
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
                  <li key={result.slug} id={optionId(index)} role="option" aria-selected={index === active} className={index === active ? "bg-brand-50" : undefined}>
                    <a href={result.url} tabIndex={-1} className="block px-1 py-2 no-underline" onMouseDown={(event) => event.preventDefault()} onClick={() => setOpen(false)}>
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
                  <li key={link.href} id={optionId(index)} role="option" aria-selected={index === active} className={index === active ? "bg-brand-50" : undefined}>
                    <a href={link.href} tabIndex={-1} className="block px-1 py-1.5 text-brand-700" onMouseDown={(event) => event.preventDefault()} onClick={() => setOpen(false)}>
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
      )}
    </div>
  );
}
