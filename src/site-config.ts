/** Names and addresses used in every page's chrome and metadata. */
export const SITE_NAME = "逾期帮助中心";
export const SITE_TAGLINE = "网贷逾期、紧急联系人、催收与投诉：有出处的冷静解答";
export const SITE_URL = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");
