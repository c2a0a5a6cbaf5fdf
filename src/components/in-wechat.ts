/**
 * WeChat's in-app browser (user agent contains "MicroMessenger") has no Web Share API and does not
 * reliably print or save downloaded files, so buttons for those are swapped for what works there.
 */
export function isWeChatUserAgent(userAgent: string): boolean {
  return /MicroMessenger/i.test(userAgent);
}
