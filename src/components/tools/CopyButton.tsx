"use client";

import { useState } from "react";
import { copyText } from "../copy-text";

/** Copies text to the clipboard (see copyText for the old-WeChat fallback) and says so. */
export function CopyButton({ text, label = "复制" }: { text: string; label?: string }) {
  const [done, setDone] = useState(false);
  const [failed, setFailed] = useState(false);
  async function copy() {
    const copied = await copyText(text);
    setFailed(!copied);
    if (!copied) return;
    setDone(true);
    setTimeout(() => setDone(false), 2500);
  }
  return (
    <button type="button" onClick={copy} className="rounded-md bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
      {done ? "已复制" : label}
      <span aria-live="polite" className="sr-only">
        {done ? "已复制到剪贴板" : failed ? "复制失败，请长按文字手动复制" : ""}
      </span>
    </button>
  );
}
