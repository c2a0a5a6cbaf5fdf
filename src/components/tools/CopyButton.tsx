"use client";

import { useState } from "react";

/** Copies text to the clipboard; falls back to selecting a hidden textarea where the API is missing (old WeChat). */
export function CopyButton({ text, label = "复制" }: { text: string; label?: string }) {
  const [done, setDone] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.append(area);
      area.select();
      document.execCommand("copy");
      area.remove();
    }
    setDone(true);
    setTimeout(() => setDone(false), 2500);
  }
  return (
    <button type="button" onClick={copy} className="rounded-md bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
      {done ? "已复制" : label}
      <span aria-live="polite" className="sr-only">
        {done ? "已复制到剪贴板" : ""}
      </span>
    </button>
  );
}
