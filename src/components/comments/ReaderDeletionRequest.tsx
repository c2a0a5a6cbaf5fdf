import { DELETION_SEARCH_MAX, READER_REQUEST_REASON, type DeletionRecord, type DeletionSearch, type StoredComment } from "@/comments";

const time = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "short", timeStyle: "short" });
const STATUS_LABELS: Record<StoredComment["status"], string> = { pending: "待审核", approved: "已公开", rejected: "已拒绝" };

type Props = {
  csrf: string;
  /** What the moderator searched for ("" before a search). */
  query: string;
  search?: DeletionSearch;
  /** A Chinese message when the search itself was refused (too long…). */
  searchError?: string;
  /** How many were deleted by the form just sent (from the redirect), if any. */
  erased?: number;
  records: DeletionRecord[];
  articleTitle: (slug: string) => string;
};

/**
 * /admin: a reader writes in asking for their comments to be deleted (《个人信息保护法》第四十七条).
 * Find them in every status by nickname, a piece of the text or the comment id, tick them, delete in
 * one step; only the date, the count and the reason are recorded. Plain forms: works without JavaScript.
 */
export function ReaderDeletionRequest({ csrf, query, search, searchError, erased, records, articleTitle }: Props) {
  return (
    <section aria-labelledby="erase" className="space-y-3">
      <h2 id="erase" className="text-xl font-bold">
        读者要求删除留言
      </h2>
      <p className="text-sm text-slate-700">
        读者来信要求删除自己的留言时（《个人信息保护法》第四十七条）：按昵称、留言里的几个字或留言编号查找，待审核、已公开和已拒绝的都会列出；勾选属于这位读者的留言，一次删除。删除后留言从数据库中移除，只记录删除的日期、条数和原因（“{READER_REQUEST_REASON}”），不保留内容。
      </p>
      {erased !== undefined ? (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3">
          已删除 {erased} 条留言，并记录了这次删除（原因：{READER_REQUEST_REASON}）。
        </p>
      ) : null}
      <form method="get" action="/admin#erase" role="search" aria-label="查找要删除的留言" className="flex flex-wrap items-end gap-2">
        <div className="grow">
          <label htmlFor="erase-q" className="block text-sm">
            昵称、留言里的几个字或留言编号
          </label>
          <input id="erase-q" name="q" type="search" required maxLength={100} defaultValue={query} className="w-full rounded border border-slate-400 p-2" />
        </div>
        <button type="submit" className="rounded border border-blue-900 px-3 py-2">
          查找
        </button>
      </form>
      {searchError ? (
        <p role="alert" className="text-red-800">
          {searchError}
        </p>
      ) : null}
      {search && search.comments.length === 0 ? <p data-testid="erase-none">没有找到与“{search.query}”有关的留言。</p> : null}
      {search && search.comments.length > 0 ? (
        <form method="post" action="/api/admin/comments/erase" className="space-y-3">
          <input type="hidden" name="csrf" value={csrf} />
          <input type="hidden" name="q" value={search.query} />
          <p>
            找到 {search.comments.length} 条{search.more ? `（只列出最新的 ${DELETION_SEARCH_MAX} 条，请把查找写得更具体）` : ""}。请核对文章和时间，只勾选这位读者的留言：
          </p>
          <ol className="space-y-2">
            {search.comments.map((comment) => (
              <li key={comment.id} className="rounded border border-slate-200 p-2" data-testid="erase-result">
                <label className="flex items-start gap-2 text-sm">
                  <input type="checkbox" name="id" value={comment.id} className="mt-1" />
                  <span>
                    #{comment.id} · {comment.nickname} · {time.format(comment.createdAt)} · {STATUS_LABELS[comment.status]} · {articleTitle(comment.articleSlug)}
                  </span>
                </label>
                <p className="mt-1 whitespace-pre-line break-words">{comment.body}</p>
              </li>
            ))}
          </ol>
          <button type="submit" className="rounded border border-red-700 px-3 py-2 text-red-800">
            删除所选留言（{READER_REQUEST_REASON}）
          </button>
        </form>
      ) : null}
      <h3 className="font-bold">删除记录</h3>
      {records.length === 0 ? (
        <p>还没有删除记录。</p>
      ) : (
        <table className="w-full text-left text-sm" data-testid="deletion-records">
          <thead>
            <tr>
              <th>日期</th>
              <th>条数</th>
              <th>原因</th>
            </tr>
          </thead>
          <tbody>
            {records.map((record) => (
              <tr key={record.id} className="border-t border-slate-200">
                <td>{time.format(record.deletedAt)}</td>
                <td>{record.count}</td>
                <td>{record.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
