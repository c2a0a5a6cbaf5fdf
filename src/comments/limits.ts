/** Limits shared by validation (server) and form attributes (browser). */
export const DEFAULT_NICKNAME = "匿名网友";
/** Letters or digits, so a short real question ("会坐牢吗", "怎么办") fits and "？？？？" does not. */
export const BODY_MIN = 3;
export const BODY_MAX = 800;
export const NICKNAME_MAX = 20;
export const REASON_MAX = 200;
export const REPLY_MAX = 1000;
/** Request bodies above this are refused before parsing (a full comment form is ~8 KB URL-encoded). */
export const MAX_REQUEST_BYTES = 16 * 1024;
