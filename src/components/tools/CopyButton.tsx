"use client";

import { useEffect, useState } from "react";
import { copyText } from "../copy-text";

type CopyState = "idle" | "copied" | "failed";

/**
 * Copies text to the clipboard (see copyText for the old-WeChat fallback) and says so, visibly:
 * a reader whose copy failed must see that it did and what to do instead. Rendered only once the
 * page is interactive, because without JavaScript the button could do nothing.
 */
export function CopyButton({ text, label = "复制" }: { text: string; label?: string }) {
  const [ready, setReady] = useState(false);
  const [state, setState] = useState<CopyState>("idle");
  useEffect(() => setReady(true), []);
  useEffect(() => {
    if (state !== "copied") return;
    const timer = setTimeout(() => setState("idle"), 2500);
    return () => clearTimeout(timer);
  }, [state]);

  if (!ready) return null;
  return (
    <span className="inline-flex flex-wrap items-center gap-x-3 gap-y-1">
      <button
        type="button"
        onClick={async () => setState((await copyText(text)) ? "copied" : "failed")}
        className="rounded-md bg-brand-700 px-4 py-2 text-white hover:bg-brand-800"
      >
        {state === "copied" ? "已复制" : label}
      </button>
      <span role="status" aria-live="polite" className={state === "failed" ? "font-semibold text-amber-900" : "text-green-800"}>
        {state === "copied" && "✓ 已复制到剪贴板"}
        {state === "failed" && "没能自动复制，请长按上面的文字手动复制"}
      </span>
    </span>
  );
}
