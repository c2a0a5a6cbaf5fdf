/** Limits shared by validation (server) and form attributes (browser). */
export const DEFAULT_NICKNAME = "匿名网友";
export const BODY_MIN = 5;
export const BODY_MAX = 800;
export const NICKNAME_MAX = 20;
export const REASON_MAX = 200;
export const REPLY_MAX = 1000;
/** Request bodies above this are refused before parsing (a full comment form is ~8 KB URL-encoded). */
export const MAX_REQUEST_BYTES = 16 * 1024;
