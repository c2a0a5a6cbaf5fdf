/**
 * Both tool forms are plain GET forms. An empty submit sends no answer at all, so the URL would look
 * like a first visit; a hidden field marks "the reader pressed the button" so the page can say what
 * is missing instead of silently showing the blank form again.
 */
export const SENT_PARAM = "sent";

export type SentQuery = { [SENT_PARAM]?: string | string[] | undefined };

/** True when the query came from pressing the form's button (not a first visit or a bare link). */
export function formWasSent(query: SentQuery): boolean {
  const value = query[SENT_PARAM];
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).some((v) => v.trim() !== "");
}
