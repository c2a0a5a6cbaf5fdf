"use client";

import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState } from "react";
import type { PopularResponse } from "@/counts/browser";
import type { SearchResult, Searcher } from "@/search";
// The small module itself, not "@/search": that would bring the ranking code into the box's first bytes.
import { searchAnswerUrl } from "@/search/cache";
import type { PopularLink } from "./SearchEmptyState";
import { optionId, type LoadState } from "./search-panel-ids";

const SearchPanel = lazy(() => import("./SearchPanel").then((module) => ({ default: module.SearchPanel })));

const DEBOUNCE_MS = 120;
const MAX_LENGTH = 200;

/**
 * The header search box. Without JavaScript it is the plain GET form to
 * /search it renders. With JavaScript: results appear as you type, asked of
 * /api/search (a few KB per query, ranked on the server like /search); only
 * when that fails (offline, server down) are the index and the search code
 * fetched and the query ranked in the browser. `/` focuses, ↑ ↓ choose,
 * Enter opens, Esc closes.
 */
export function SearchBox({
  indexUrl,
  version,
  inputId = "site-search",
}: {
  indexUrl: string;
  /** The build's search-index version: part of each /api/search URL, so a deploy never gets an old cached answer. */
  version: string;
  inputId?: string;
}) {
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const searcherRef = useRef<Promise<Searcher> | null>(null);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<LoadState>("idle");
  const [results, setResults] = useState<SearchResult[]>([]);
  const [active, setActive] = useState(-1);
  // The empty state's list comes from /api/popular when the box first opens (most-read, or the editors' picks
  // while there are no reads or no database): every page would otherwise carry it for readers who never search.
  const [popular, setPopular] = useState<PopularLink[]>([]);
  const popularRequested = useRef(false);

  const loadPopular = useCallback(() => {
    if (!popularRequested.current) {
      popularRequested.current = true;
      fetch("/api/popular?limit=5")
        .then((response) => (response.ok ? (response.json() as Promise<PopularResponse>) : null))
        .then((data) => {
          if (data?.articles.length) setPopular(data.articles.map(({ title, href }) => ({ title, href })));
        })
        .catch(() => {
          popularRequested.current = false; // the hotlines still show; the next opening asks again
        });
    }
  }, []);

  /** The offline fallback: the whole index, ranked in the browser with the same module. */
  const loadSearcher = useCallback(() => {
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
      // Once the index is here (after a failed request) it answers instantly; before, the server does.
      const ranked = searcherRef.current
        ? loadSearcher().then((searcher) => searcher.search(text, 8))
        : fetch(searchAnswerUrl(text, version))
            .then((response) => {
              if (!response.ok) throw new Error(`search ${response.status}`);
              return response.json() as Promise<{ results: SearchResult[] }>;
            })
            .then((data) => {
              setState("ready");
              return data.results;
            })
            .catch(() => loadSearcher().then((searcher) => searcher.search(text, 8)));
      ranked
        .then((found) => {
          if (cancelled) return;
          setResults(found);
          setActive(-1);
        })
        .catch(() => {});
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [query, loadSearcher, version]);

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
            loadPopular();
          }}
          onKeyDown={onKeyDown}
          placeholder="例如：紧急联系人、爆通讯录"
          maxLength={MAX_LENGTH}
          autoComplete="off"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && active >= 0 ? optionId(listId, active) : undefined}
          aria-keyshortcuts="/"
          className="min-w-0 flex-1 rounded-md border border-slate-400 px-3 py-2 text-base sm:w-72"
        />
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
          搜索
        </button>
      </form>
      {open && (
        // The panel's code is fetched the first time it opens: readers who never search never download it.
        <Suspense fallback={null}>
          <SearchPanel
            text={text}
            state={state}
            results={results}
            popular={popular}
            active={active}
            listId={listId}
            onChoose={() => setOpen(false)}
          />
        </Suspense>
      )}
    </div>
  );
}
