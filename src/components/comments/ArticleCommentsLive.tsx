"use client";

import { useCallback, useEffect, useState } from "react";
import { describeMasked, type MaskKind, pendingNoticeText } from "@/comments/browser";
import { CommentForm } from "./CommentForm";
import { CommentList, type CommentView } from "./CommentList";
import type { CarriedOver } from "./ReaderSection";

type Page = { comments: CommentView[]; total: number; page: number; pageCount: number };
type Notice = { tone: "ok" | "warn" | "error"; text: string };

function newKey(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

export function outcomeNotice(outcome: string, masked: MaskKind[], moderated = true): Notice {
  const maskedText = masked.length ? `为保护隐私，已自动隐藏你留言中的${describeMasked(masked)}。` : "";
  return outcome === "published"
    ? { tone: "ok", text: `留言已发布。${maskedText}` }
    : { tone: "warn", text: `${pendingNoticeText(moderated)}${maskedText}` };
}

/**
 * The comment section of an article page once its code has loaded (ReaderSection loads it when
 * the section nears the screen): the approved comments fetched from /api/comments and shown in
 * place, and the form sent as JSON with the outcome shown without leaving the page.
 */
export function ArticleCommentsLive({ slug, carriedOver }: { slug: string; carriedOver?: CarriedOver }) {
  const [page, setPage] = useState<Page | null>(null);
  const [sort, setSort] = useState<"newest" | "helpful">("newest");
  const [loadError, setLoadError] = useState<string | null>(null);
  const [key, setKey] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const load = useCallback(async () => {
    try {
      const response = await fetch(`/api/comments?article=${encodeURIComponent(slug)}&sort=${sort}`, { headers: { accept: "application/json" } });
      if (response.status === 503) {
        // The database is away (the server's calm message); the article itself is unaffected.
        setPage(null);
        setLoadError((await response.json().catch(() => null))?.error ?? "留言功能暂时不可用，请稍后再来看。");
        return;
      }
      if (!response.ok) throw new Error(String(response.status));
      setPage(await response.json());
      setLoadError(null);
    } catch {
      setLoadError("留言暂时加载不出来。");
    }
  }, [slug, sort]);

  useEffect(() => {
    setKey(newKey());
    // This section replaced the one the reader may have been typing in: keep the cursor there.
    if (carriedOver?.focusId) document.getElementById(carriedOver.focusId)?.focus();
  }, [carriedOver]);
  useEffect(() => {
    void load();
  }, [load]);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = Object.fromEntries(new FormData(form)) as Record<string, string>;
    setBusy(true);
    setNotice(null);
    try {
      const response = await fetch("/api/comments", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify(data),
      });
      const result = await response.json().catch(() => ({ error: "服务器没有正常回应，请稍后再试" }));
      if (!response.ok) {
        // Keep what the reader typed: only the message changes.
        setNotice({ tone: "error", text: result.error ?? "提交没有成功，请稍后再试" });
        return;
      }
      setNotice(outcomeNotice(result.outcome, result.masked ?? [], result.moderated !== false));
      form.reset();
      setKey(newKey());
      void load();
    } catch {
      setNotice({ tone: "error", text: "网络不稳定，留言没有发出去。你写的内容还在，可以再点一次提交。" });
    } finally {
      setBusy(false);
    }
  }

  async function markHelpful(id: number) {
    const response = await fetch(`/api/comments/${id}/helpful`, { method: "POST", headers: { accept: "application/json" } });
    if (response.ok) {
      const { helpfulCount } = await response.json();
      setPage((current) => current && { ...current, comments: current.comments.map((c) => (c.id === id ? { ...c, helpfulCount } : c)) });
    }
  }

  const toneClass = { ok: "border-green-300 bg-green-50", warn: "border-amber-300 bg-amber-50", error: "border-red-300 bg-red-50" };
  return (
    <section aria-labelledby="comments" className="no-print mt-10 space-y-4" id="comments-section">
      <h2 id="comments" className="text-xl font-bold">
        读者留言{page ? `（${page.total}）` : ""}
      </h2>
      {page ? (
        <>
          <p className="flex gap-3 text-sm">
            排序：
            <button type="button" aria-pressed={sort === "newest"} onClick={() => setSort("newest")} className={sort === "newest" ? "font-semibold underline" : "text-blue-900"}>
              最新
            </button>
            <button type="button" aria-pressed={sort === "helpful"} onClick={() => setSort("helpful")} className={sort === "helpful" ? "font-semibold underline" : "text-blue-900"}>
              最有帮助
            </button>
          </p>
          <CommentList
            comments={page.comments}
            renderHelpful={(c) => (
              <button type="button" onClick={() => void markHelpful(c.id)} className="rounded border border-slate-300 px-2 py-0.5 text-sm text-slate-700 hover:bg-slate-100">
                有帮助 · {c.helpfulCount}
              </button>
            )}
          />
        </>
      ) : loadError ? (
        <p role="status" className="text-slate-700" data-testid="comments-unavailable">
          {loadError}
        </p>
      ) : null}
      <p>
        <a href={`/articles/${slug}/comments`} className="text-blue-900 underline">
          {page && page.pageCount > 1 ? "查看全部留言" : "在单独页面查看留言"}
        </a>
      </p>
      <h3 className="text-lg font-semibold">说说你的情况</h3>
      {notice ? (
        <p role="status" className={`rounded-md border p-3 ${toneClass[notice.tone]}`} data-testid="comment-notice">
          {notice.text}
        </p>
      ) : null}
      <CommentForm slug={slug} idempotencyKey={key} onSubmit={submit} busy={busy} defaults={carriedOver?.fields} />
    </section>
  );
}
