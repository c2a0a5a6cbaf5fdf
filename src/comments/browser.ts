/**
 * The browser-safe public face of comments: constants and labels only, no database, no
 * node:crypto. Client components import this; server code imports "@/comments".
 */
export { BODY_MAX, BODY_MIN, NICKNAME_MAX, REASON_MAX, DEFAULT_NICKNAME } from "./limits";
export { MASK_LABELS, describeMasked, type MaskKind } from "./mask";
export type { PublicComment } from "./store";
export { pendingNoticeText } from "./notices";
