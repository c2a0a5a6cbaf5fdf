// Not "@/comments/browser": its mask module builds the masking patterns on load, which this form never uses.
import { BODY_MAX, BODY_MIN, NICKNAME_MAX } from "@/comments/limits";

/**
 * The comment form as plain HTML: it posts without JavaScript (the server redirects back with
 * the outcome). The client island passes onSubmit to send it as JSON instead.
 */
export function CommentForm({
  slug,
  idempotencyKey,
  onSubmit,
  busy,
  defaults,
}: {
  slug: string;
  idempotencyKey?: string;
  onSubmit?: React.FormEventHandler<HTMLFormElement>;
  busy?: boolean;
  /** What the reader had typed before the client island replaced the plain form. */
  defaults?: { nickname?: string; body?: string };
}) {
  return (
    <form method="post" action="/api/comments" onSubmit={onSubmit} className="space-y-3" id="comment-form">
      <input type="hidden" name="article" value={slug} />
      {idempotencyKey ? <input type="hidden" name="idempotencyKey" value={idempotencyKey} /> : null}
      {/* Honeypot: invisible to people and screen readers; bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label>
          网址（请勿填写）
          <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
      <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" id="comment-privacy-note">
        请不要留下手机号、身份证号、银行卡号或微信号：留言公开可见，我们会自动隐藏这些号码。本站不提供“代理协商”，也不会私信联系你。
        <a href="/privacy" className="ml-1 underline">
          隐私说明
        </a>
      </p>
      <p>
        <label htmlFor={`nickname-${slug}`} className="block text-sm font-medium">
          昵称（可不填，默认“匿名网友”）
        </label>
        <input id={`nickname-${slug}`} name="nickname" defaultValue={defaults?.nickname} maxLength={NICKNAME_MAX} autoComplete="off" className="mt-1 w-full rounded-md border border-slate-400 p-2" />
      </p>
      <p>
        <label htmlFor={`body-${slug}`} className="block text-sm font-medium">
          你的情况或问题
        </label>
        <textarea
          id={`body-${slug}`}
          name="body"
          defaultValue={defaults?.body}
          required
          minLength={BODY_MIN}
          maxLength={BODY_MAX}
          rows={5}
          aria-describedby="comment-privacy-note"
          className="mt-1 w-full rounded-md border border-slate-400 p-2"
        />
      </p>
      <button type="submit" disabled={busy} className="rounded-md bg-blue-900 px-4 py-2 text-white disabled:opacity-60">
        {busy ? "提交中…" : "提交留言"}
      </button>
    </form>
  );
}
