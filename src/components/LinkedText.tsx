import { splitHotlines, telHref } from "@/content";

/** Plain text with each hotline number as a tap-to-call link (FAQ answers, tool results). */
export function LinkedText({ text }: { text: string }) {
  return (
    <>
      {splitHotlines(text).map((part, index) =>
        "text" in part ? (
          part.text
        ) : (
          <a key={index} href={telHref(part.hotline)} className="text-brand-700 underline">
            {part.hotline}
          </a>
        ),
      )}
    </>
  );
}
