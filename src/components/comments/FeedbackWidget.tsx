"use client";

import { useEffect, useState } from "react";
import type { CarriedOver } from "./ReaderSection";
// Not "@/comments/browser": its mask module builds the masking patterns on load, which this form never uses.
import { REASON_MAX } from "@/comments/limits";

/** "这篇有帮助吗？" — a plain POST form; with JavaScript it answers in place. */
export function FeedbackWidget({ slug, thanked = false, carriedOver }: { slug: string; thanked?: boolean; carriedOver?: CarriedOver }) {
  const [state, setState] = useState<"idle" | "sent" | "error">(thanked ? "sent" : "idle");
  const [message, setMessage] = useState("");

  useEffect(() => {
    if (carriedOver?.focusId) document.getElementById(carriedOver.focusId)?.focus();
  }, [carriedOver]);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (!submitter) return; // let the browser post it
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    data.helpful = submitter.value;
    const response = await fetch("/api/feedback", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(data),
    }).catch(() => null);
    if (response?.ok) setState("sent");
    else {
      setState("error");
      setMessage((await response?.json().catch(() => null))?.error ?? "网络不稳定，没有提交成功，请再试一次。");
    }
  }

  return (
    <section aria-labelledby="feedback" id="feedback" className="no-print mt-10 rounded-md border border-slate-200 p-4">
      <h2 id="feedback" className="text-lg font-semibold">
        这篇有帮助吗？
      </h2>
      {state === "sent" ? (
        <p role="status" className="mt-2 text-green-800">
          谢谢你的反馈，我们会据此改进文章。
        </p>
      ) : (
        <form method="post" action="/api/feedback" onSubmit={submit} className="mt-2 space-y-2">
          <input type="hidden" name="article" value={slug} />
          <p>
            <label htmlFor={`reason-${slug}`} className="block text-sm text-slate-700">
              还缺什么？（可不填）
            </label>
            <input id={`reason-${slug}`} name="reason" defaultValue={carriedOver?.fields.reason} maxLength={REASON_MAX} className="mt-1 w-full rounded-md border border-slate-400 p-2" />
          </p>
          <p className="flex gap-3">
            <button type="submit" name="helpful" value="yes" className="rounded-md border border-slate-400 px-4 py-1.5">
              有帮助
            </button>
            <button type="submit" name="helpful" value="no" className="rounded-md border border-slate-400 px-4 py-1.5">
              没帮助
            </button>
          </p>
          {state === "error" ? (
            <p role="alert" className="text-red-800">
              {message}
            </p>
          ) : null}
        </form>
      )}
    </section>
  );
}
