import { SHARE_FONT_FAMILY, SUMMARY_FONT_SIZE, summaryLines, titleFontSize, titleLines, type ShareCardText } from "@/sharing";

/**
 * The 1200×630 share image, drawn by next/og (satori): only flexbox and inline
 * styles, every element with more than one child needs display:flex.
 * Calm colours: the site's navy on white, an amber rule like the myth boxes.
 * Title and summary are broken into lines here (balanceLines), one element per line, so satori's
 * greedy wrapping cannot leave one character such as "办？" alone on the last line.
 */
export function ShareCard({ card }: { card: ShareCardText }) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        background: "#ffffff",
        borderTop: "16px solid #1e3a8a",
        padding: "56px 72px 48px",
        fontFamily: SHARE_FONT_FAMILY,
        color: "#0f172a",
      }}
    >
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ display: "flex", fontSize: 30, fontWeight: 700, color: "#1d4ed8" }}>{card.kicker}</div>
        <div
          style={{
            display: "flex",
            flexDirection: "column",
            marginTop: 24,
            fontSize: titleFontSize(card.title),
            fontWeight: 700,
            lineHeight: 1.3,
            color: "#0f172a",
          }}
        >
          {titleLines(card.title).map((line, index) => (
            <div key={index} style={{ display: "flex" }}>
              {line}
            </div>
          ))}
        </div>
        <div
          style={{
            display: "flex",
            flexDirection: "column",
            marginTop: 28,
            paddingLeft: 24,
            borderLeft: "6px solid #d97706",
            fontSize: SUMMARY_FONT_SIZE,
            fontWeight: 400,
            lineHeight: 1.5,
            color: "#334155",
          }}
        >
          {summaryLines(card.summary).map((line, index) => (
            <div key={index} style={{ display: "flex" }}>
              {line}
            </div>
          ))}
        </div>
      </div>
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "flex-end", fontSize: 28 }}>
        <div style={{ display: "flex", fontWeight: 700, color: "#1e3a8a" }}>{card.siteName}</div>
        <div style={{ display: "flex", fontWeight: 400, color: "#64748b" }}>{card.host}</div>
      </div>
    </div>
  );
}
