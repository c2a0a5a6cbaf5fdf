import { CommentForm } from "./CommentForm";

/** The comment section as plain HTML: the form posts without JavaScript; the comments are on their own page. */
export function PlainArticleComments({ slug }: { slug: string }) {
  return (
    <section aria-labelledby="comments" className="no-print mt-10 space-y-4" id="comments-section">
      <h2 id="comments" className="text-xl font-bold">
        读者留言
      </h2>
      <p>
        <a href={`/articles/${slug}/comments`} className="text-blue-900 underline">
          在单独页面查看留言
        </a>
      </p>
      <h3 className="text-lg font-semibold">说说你的情况</h3>
      <CommentForm slug={slug} />
    </section>
  );
}
