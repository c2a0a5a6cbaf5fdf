import { siteUrlFromEnv } from "@/sharing/site-address";

/** Names and addresses used in every page's chrome and metadata. */
export const SITE_NAME = "逾期帮助中心";
export const SITE_TAGLINE = "网贷逾期、紧急联系人、催收与投诉：有出处的冷静解答";
export const SITE_DESCRIPTION =
  "网贷、借呗、花呗逾期后会发生什么？紧急联系人要不要还钱？爆通讯录合法吗？有法律出处的冷静解答，以及协商还款和投诉的下一步。";
/**
 * The public address, from SITE_URL at build time (default http://localhost:3000, local use only;
 * `npm run build` and `npm start` check it first, see src/sharing/site-address.ts and the README).
 */
export const SITE_URL = siteUrlFromEnv(process.env.SITE_URL);
/** The three above as one value, for src/sharing (metadata, JSON-LD, feed, share cards). */
export const SITE_INFO = { name: SITE_NAME, tagline: SITE_TAGLINE, url: SITE_URL };

/** Where readers report an error or ask for deletion (《个人信息保护法》第四十七条); deployment configuration, read at build time. */
export const CONTACT_EMAIL = process.env.CONTACT_EMAIL?.trim() || undefined;
