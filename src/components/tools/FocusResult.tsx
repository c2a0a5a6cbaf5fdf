"use client";

import { useEffect } from "react";
import { RESULT_HASH, RESULT_ID } from "./result-anchor";

/**
 * Without JavaScript the `#result` fragment scrolls the answer into view; with it, focus moves there
 * too, so a screen reader starts reading the answer (or the error summary) instead of the page top.
 * The site's focus ring then frames it, as GOV.UK's error summary does: a visible "this is your answer".
 */
export function FocusResult() {
  useEffect(() => {
    if (window.location.hash !== RESULT_HASH) return;
    document.getElementById(RESULT_ID)?.focus();
  }, []);
  return null;
}
