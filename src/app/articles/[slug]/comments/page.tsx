import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { COMMENTS_UNAVAILABLE_MESSAGE, describeMasked, getCommentService, type MaskKind, MASK_LABELS, moderationAvailable, pendingNoticeText, toCommentError } from "@/comments";
import { Breadcrumb } from "@/components/Breadcrumb";
import { CommentForm } from "@/components/comments/CommentForm";
import { CommentList } from "@/components/comments/CommentList";
import { FeedbackWidget } from "@/components/comments/FeedbackWidget";
import { findArticle, getSite } from "@/content";

// Rendered per request: the article page stays static, this page is its live, no-JavaScript
// comment section (and where plain form posts land afterwards).
export const dynamic = "force-dynamic";

type Params = { slug: string };
type Search = Record<string, string | string[] | undefined>;

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const article = findArticle(await getSite(), (await params).slug);
  return article ? { title: `读者留言：${article.title}`, robots: { index: false } } : {};
}

/** The page of comments, or undefined while the database is unavailable (any other error is a bug and is thrown). */
async function loadCommentPage(article: string, sort: "newest" | "helpful", page: number) {
  try {
    return await (await getCommentService()).list({ article, sort, page });
  } catch (error) {
    if (toCommentError(error)?.code === "unavailable") return undefined;
    throw error;
  }
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function ArticleCommentsPage({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<Search> }) {
  const site = await getSite();
  const article = findArticle(site, (await params).slug);
  if (!article) notFound();
  const query = await searchParams;
  const sort = one(query.sort) === "helpful" ? "helpful" : "newest";
  const requestedPage = Number(one(query.page) || 1);
  const pageNumber = Number.isInteger(requestedPage) && requestedPage >= 1 && requestedPage <= 1000 ? requestedPage : 1;
  const page = await loadCommentPage(article.slug, sort, pageNumber);
  if (!page) {
    // The database is away: the page still answers, says so calmly and links back to the article.
    return (
      <div className="space-y-6">
        <Breadcrumb items={[{ name: "首页", href: "/" }, { name: article.title, href: `/articles/${article.slug}` }, { name: "读者留言" }]} />
        <h1 className="text-2xl font-bold">读者留言：{article.title}</h1>
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3" data-testid="comments-unavailable">
          {COMMENTS_UNAVAILABLE_MESSAGE}
        </p>
        <p>
          <a href={`/articles/${article.slug}`} className="text-blue-900 underline">
            ← 回到文章
          </a>
        </p>
      </div>
    );
  }
  const posted = one(query.posted);
  const masked = one(query.masked)
    .split(",")
    .filter((k): k is MaskKind => k in MASK_LABELS);
  const maskedText = masked.length ? `为保护隐私，已自动隐藏你留言中的${describeMasked(masked)}。` : "";
  const link = (p: number, s = sort) => `/articles/${article.slug}/comments?sort=${s}&page=${p}#comments`;

  return (
    <div className="space-y-6">
      <Breadcrumb items={[{ name: "首页", href: "/" }, { name: article.title, href: `/articles/${article.slug}` }, { name: "读者留言" }]} />
      <h1 className="text-2xl font-bold">读者留言：{article.title}</h1>
      <p>
        <a href={`/articles/${article.slug}`} className="text-blue-900 underline">
          ← 回到文章
        </a>
      </p>
      <div id="comment-status">
        {posted === "published" ? (
          <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3" data-testid="comment-notice">
            留言已发布。{maskedText}
          </p>
        ) : posted === "pending" ? (
          <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3" data-testid="comment-notice">
            {pendingNoticeText(moderationAvailable())}
            {maskedText}
          </p>
        ) : null}
        {one(query.helpful) === "counted" ? <p role="status">已记下“有帮助”，谢谢。</p> : null}
        {one(query.helpful) === "already" ? <p role="status">你已经点过“有帮助”了。</p> : null}
      </div>
      <section aria-labelledby="comments" className="space-y-3">
        <h2 id="comments" className="text-xl font-bold">
          共 {page.total} 条公开留言
        </h2>
        <p className="flex gap-3 text-sm">
          排序：
          <a href={link(1, "newest")} aria-current={sort === "newest" ? "true" : undefined} className={sort === "newest" ? "font-semibold" : "text-blue-900 underline"}>
            最新
          </a>
          <a href={link(1, "helpful")} aria-current={sort === "helpful" ? "true" : undefined} className={sort === "helpful" ? "font-semibold" : "text-blue-900 underline"}>
            最有帮助
          </a>
        </p>
        <CommentList comments={page.comments} />
        {page.pageCount > 1 ? (
          <nav aria-label="留言分页" className="flex gap-4">
            {page.page > 1 ? <a href={link(page.page - 1)}>上一页</a> : null}
            <span>
              第 {page.page} / {page.pageCount} 页
            </span>
            {page.page < page.pageCount ? <a href={link(page.page + 1)}>下一页</a> : null}
          </nav>
        ) : null}
      </section>
      <section aria-labelledby="comment-form-title" className="space-y-3">
        <h2 id="comment-form-title" className="text-xl font-bold">
          说说你的情况
        </h2>
        <CommentForm slug={article.slug} idempotencyKey={randomUUID()} />
      </section>
      <FeedbackWidget slug={article.slug} thanked={one(query.feedback) === "thanks"} />
    </div>
  );
}
