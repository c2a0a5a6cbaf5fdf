import type { Metadata } from "next";
import { cookies } from "next/headers";
import { ADMIN_PASSWORD_FILE, getAdminAuth, getAdminCredential, getCommentService, HOLD_REASON_LABELS, SESSION_COOKIE, toCommentError, type DeletionSearch, type StoredComment } from "@/comments";
import { ReaderDeletionRequest } from "@/components/comments/ReaderDeletionRequest";
import { SearchGapsTable } from "@/components/counts/SearchGapsTable";
import { findArticle, getSite } from "@/content";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "留言管理", robots: { index: false, follow: false } };

const time = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "short", timeStyle: "short" });

function Actions({ comment, csrf }: { comment: StoredComment; csrf: string }) {
  const action = `/api/admin/comments/${comment.id}`;
  const button = (value: string, label: string, tone = "border-slate-400") => (
    <form method="post" action={action}>
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="action" value={value} />
      <button type="submit" className={`rounded border px-2 py-0.5 text-sm ${tone}`}>
        {label}
      </button>
    </form>
  );
  return (
    <div className="mt-2 space-y-2">
      <div className="flex flex-wrap gap-2">
        {comment.status !== "approved" ? button("approve", "通过", "border-green-600") : null}
        {comment.status !== "rejected" ? button("reject", "拒绝") : null}
        {button("delete", "删除", "border-red-600")}
        {comment.status === "approved" ? (comment.pinned ? button("unpin", "取消精彩") : button("pin", "设为精彩评论")) : null}
      </div>
      <form method="post" action={action} className="flex gap-2">
        <input type="hidden" name="csrf" value={csrf} />
        <input type="hidden" name="action" value="reply" />
        <label className="sr-only" htmlFor={`reply-${comment.id}`}>
          官方回复
        </label>
        <textarea id={`reply-${comment.id}`} name="reply" rows={2} defaultValue={comment.officialReply ?? ""} className="w-full rounded border border-slate-400 p-1 text-sm" />
        <button type="submit" className="rounded border border-blue-800 px-2 text-sm">
          保存官方回复
        </button>
      </form>
    </div>
  );
}

function CommentRow({ comment, csrf, title, bulkForm }: { comment: StoredComment; csrf: string; title: string; bulkForm?: string }) {
  return (
    <li id={`c-${comment.id}`} className="rounded border border-slate-200 p-3" data-testid="admin-comment">
      {bulkForm ? (
        // Belongs to the bulk form by its form attribute: forms cannot nest, and this works without JavaScript.
        <label className="mb-1 flex items-center gap-2 text-sm">
          <input type="checkbox" name="id" value={comment.id} form={bulkForm} />
          选中 #{comment.id}
        </label>
      ) : null}
      <p className="text-sm text-slate-600">
        #{comment.id} · {comment.nickname} · {time.format(comment.createdAt)} · <a href={`/articles/${comment.articleSlug}`}>{title}</a>
        {comment.holdReasons.length ? <> · 待审原因：{comment.holdReasons.map((r) => HOLD_REASON_LABELS[r]).join("、")}</> : null}
      </p>
      <p className="mt-1 whitespace-pre-line break-words">{comment.body}</p>
      <Actions comment={comment} csrf={csrf} />
    </li>
  );
}

const BULK_LABELS: Record<string, string> = { approve: "通过", reject: "拒绝" };

/** Bulk approve/reject: the ticked comments (form attribute) or, with the second form, the whole page. */
function BulkActions({ csrf, page, ids }: { csrf: string; page: number; ids: number[] }) {
  const hidden = (
    <>
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="page" value={page} />
    </>
  );
  return (
    <div className="flex flex-wrap gap-3">
      <form id="bulk-selected" method="post" action="/api/admin/comments/bulk" className="flex gap-2">
        {hidden}
        <button type="submit" name="action" value="approve" className="rounded border border-green-600 px-2 py-0.5 text-sm">
          通过所选
        </button>
        <button type="submit" name="action" value="reject" className="rounded border border-slate-400 px-2 py-0.5 text-sm">
          拒绝所选
        </button>
      </form>
      <form method="post" action="/api/admin/comments/bulk" className="flex gap-2">
        {hidden}
        {ids.map((id) => (
          <input key={id} type="hidden" name="id" value={id} />
        ))}
        <button type="submit" name="action" value="approve" className="rounded border border-green-600 px-2 py-0.5 text-sm">
          本页 {ids.length} 条全部通过
        </button>
        <button type="submit" name="action" value="reject" className="rounded border border-slate-400 px-2 py-0.5 text-sm">
          本页 {ids.length} 条全部拒绝
        </button>
      </form>
    </div>
  );
}

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function AdminPage({ searchParams }: { searchParams: Promise<Search> }) {
  const auth = await getAdminAuth();
  if (!auth.enabled) {
    return (
      <div className="space-y-3">
        <h1 className="text-2xl font-bold">留言管理（未开启）</h1>
        <p>服务器没能生成或读取管理密码，后台处于关闭状态；原因已打印在服务器的控制台。</p>
        <p>
          在启动服务前设置环境变量 <code>ADMIN_PASSWORD</code>（至少 12 位的随机密码），例如：<code>ADMIN_PASSWORD=… npm start</code>。
        </p>
      </div>
    );
  }
  const session = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!(await auth.sessionIsLive(session))) {
    return (
      <div className="space-y-3">
        <h1 className="text-2xl font-bold">留言管理：登录</h1>
        <form method="post" action="/api/admin/login" className="space-y-2">
          <label htmlFor="password" className="block">
            管理密码
          </label>
          <input id="password" name="password" type="password" required autoComplete="current-password" className="w-full rounded border border-slate-400 p-2" />
          <button type="submit" className="rounded bg-blue-900 px-4 py-2 text-white">
            登录
          </button>
        </form>
        {getAdminCredential().source === "file" ? (
          <p className="text-sm text-slate-700">
            没有设置 <code>ADMIN_PASSWORD</code> 时，管理密码是首次启动时生成的，保存在服务器数据目录的 <code>{ADMIN_PASSWORD_FILE}</code> 里（启动时控制台会打印它的位置）。
          </p>
        ) : null}
      </div>
    );
  }
  const csrf = auth.csrfToken(session!);
  const site = await getSite();
  const title = (slug: string) => findArticle(site, slug)?.title ?? slug;
  const service = await getCommentService();
  const query = await searchParams;
  const [queue, approved, feedback, deletionRecords] = await Promise.all([
    service.moderationPage(Number(one(query.page) || 1)),
    service.recentlyApproved(),
    service.feedbackCounts(),
    service.deletionRecords(),
  ]);
  const erasureQuery = one(query.q).trim();
  let erasureSearch: DeletionSearch | undefined;
  let erasureError: string | undefined;
  if (erasureQuery) {
    try {
      erasureSearch = await service.findForDeletion(erasureQuery);
    } catch (error) {
      const known = toCommentError(error);
      if (!known) throw error;
      erasureError = known.message;
    }
  }
  const erased = /^\d{1,4}$/.test(one(query.erased)) ? Number(one(query.erased)) : undefined;
  const done = BULK_LABELS[one(query.done)];
  const doneCount = Number(one(query.count));
  const pageLink = (p: number) => `/admin?page=${p}#queue`;
  return (
    <div className="space-y-8">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">留言管理</h1>
        <form method="post" action="/api/admin/logout">
          <button type="submit" className="text-sm underline">
            退出
          </button>
        </form>
      </div>
      <section aria-labelledby="queue" className="space-y-3">
        <h2 id="queue" className="text-xl font-bold" data-testid="queue-heading">
          待审核（{queue.total}）
        </h2>
        {done && Number.isInteger(doneCount) ? (
          <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3">
            已{done} {doneCount} 条留言。
          </p>
        ) : null}
        {queue.total === 0 ? <p>没有待审核的留言。</p> : null}
        {queue.total > 0 ? (
          <>
            <p className="text-sm text-slate-700">
              第 {queue.page} / {queue.pageCount} 页，每页 {queue.pageSize} 条，最新的在前。
            </p>
            <BulkActions csrf={csrf} page={queue.page} ids={queue.comments.map((c) => c.id)} />
          </>
        ) : null}
        <ol className="space-y-3">
          {queue.comments.map((c) => (
            <CommentRow key={c.id} comment={c} csrf={csrf} title={title(c.articleSlug)} bulkForm="bulk-selected" />
          ))}
        </ol>
        {queue.pageCount > 1 ? (
          <nav aria-label="待审核分页" className="flex flex-wrap gap-4">
            {queue.page > 1 ? (
              <a href={pageLink(queue.page - 1)} className="text-blue-900 underline">
                上一页
              </a>
            ) : null}
            <span>
              第 {queue.page} / {queue.pageCount} 页
            </span>
            {queue.page < queue.pageCount ? (
              <a href={pageLink(queue.page + 1)} className="text-blue-900 underline" data-testid="queue-next">
                下一页
              </a>
            ) : null}
          </nav>
        ) : null}
      </section>
      <ReaderDeletionRequest
        csrf={csrf}
        query={erasureQuery}
        search={erasureSearch}
        searchError={erasureError}
        erased={erased}
        records={deletionRecords}
        articleTitle={title}
      />
      <section aria-labelledby="feedback-counts" className="space-y-3">
        <h2 id="feedback-counts" className="text-xl font-bold">
          文章反馈（这篇有帮助吗？）
        </h2>
        {feedback.length === 0 ? (
          <p>还没有反馈。</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr>
                <th>文章</th>
                <th>有帮助</th>
                <th>没帮助</th>
                <th>最近的原因</th>
              </tr>
            </thead>
            <tbody>
              {feedback.map((f) => (
                <tr key={f.articleSlug} className="border-t border-slate-200 align-top">
                  <td>{title(f.articleSlug)}</td>
                  <td>{f.helpful}</td>
                  <td>{f.notHelpful}</td>
                  <td>{f.reasons.join(" / ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <SearchGapsTable />
      <section aria-labelledby="approved" className="space-y-3">
        <h2 id="approved" className="text-xl font-bold">
          最近公开的留言（回复、设为精彩评论）
        </h2>
        <ol className="space-y-3">
          {approved.map((c) => (
            <CommentRow key={c.id} comment={c} csrf={csrf} title={title(c.articleSlug)} />
          ))}
        </ol>
      </section>
    </div>
  );
}
