/** The article body: HTML produced and sanitized by src/content/render.ts at build time. */
export function ArticleBody({ html }: { html: string }) {
  return (
    <div
      className="article-body prose prose-slate max-w-none prose-headings:scroll-mt-4 prose-a:text-brand-700 prose-p:leading-8"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
