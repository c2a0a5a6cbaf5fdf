import type { PublicComment } from "@/comments/browser";

// Plain presentational pieces, usable from server pages and from the client island alike.
// Comment text is only ever rendered as a React text node: escaped, links not clickable.

export type CommentView = Omit<PublicComment, "createdAt" | "officialReplyAt"> & { createdAt: string | Date; officialReplyAt: string | Date | null };

const dateFormat = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });

function formatTime(value: string | Date): string {
  return dateFormat.format(new Date(value));
}

export function CommentItem({ comment, helpfulSlot }: { comment: CommentView; helpfulSlot?: React.ReactNode }) {
  return (
    <li id={`comment-${comment.id}`} className={`rounded-md border p-4 ${comment.pinned ? "border-amber-300 bg-amber-50" : "border-slate-200"}`} data-testid="comment">
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
        <span className="font-semibold text-slate-800">{comment.nickname}</span>
        {comment.pinned ? <span className="rounded bg-amber-200 px-1.5 text-xs text-amber-900">精彩评论</span> : null}
        <time dateTime={new Date(comment.createdAt).toISOString()}>{formatTime(comment.createdAt)}</time>
      </p>
      <p className="mt-2 whitespace-pre-line break-words text-slate-900">{comment.body}</p>
      {comment.officialReply ? (
        <div className="mt-3 rounded-md border-l-4 border-blue-800 bg-blue-50 p-3" data-testid="official-reply">
          <p className="text-sm font-semibold text-blue-900">官方回复</p>
          <p className="mt-1 whitespace-pre-line break-words text-slate-900">{comment.officialReply}</p>
        </div>
      ) : null}
      <div className="mt-2">{helpfulSlot}</div>
    </li>
  );
}

/** A no-JavaScript "有帮助" button: a one-field POST form. */
export function HelpfulForm({ comment }: { comment: CommentView }) {
  return (
    <form method="post" action={`/api/comments/${comment.id}/helpful`}>
      <button type="submit" className="rounded border border-slate-300 px-2 py-0.5 text-sm text-slate-700 hover:bg-slate-100">
        有帮助 · {comment.helpfulCount}
      </button>
    </form>
  );
}

export function CommentList({ comments, renderHelpful }: { comments: CommentView[]; renderHelpful?: (c: CommentView) => React.ReactNode }) {
  if (comments.length === 0) return <p className="text-slate-600">还没有公开的留言。你可以第一个说说你的情况。</p>;
  return (
    <ol className="space-y-3">
      {comments.map((comment) => (
        <CommentItem key={comment.id} comment={comment} helpfulSlot={renderHelpful ? renderHelpful(comment) : <HelpfulForm comment={comment} />} />
      ))}
    </ol>
  );
}
