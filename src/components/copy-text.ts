/**
 * Copies text to the clipboard. The async Clipboard API needs a secure
 * context and is missing in some in-app browsers (older WeChat), so fall back
 * to selecting a hidden textarea and execCommand("copy").
 * Returns false when neither worked, so the caller can ask for a long-press.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission denied or not focused: try the fallback.
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
