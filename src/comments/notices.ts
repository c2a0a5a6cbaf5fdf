/**
 * What a reader is told after submitting, shared by the script path (ArticleCommentsLive) and the
 * no-JavaScript comments page. A held comment is promised review only when a moderator can
 * actually sign in (see admin-credential.ts).
 */
export function pendingNoticeText(moderated: boolean): string {
  return moderated
    ? "留言已收到，审核后公开（通常一个工作日内）。"
    : "留言已收到，但它需要人工审核，而本站的审核还没有开启，所以暂时不会公开。不含联系方式、链接和广告用语的留言会直接发布。";
}
