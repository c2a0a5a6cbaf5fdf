// The code of both 这篇有帮助吗？ and 读者留言 in one lazily loaded chunk: the two sections sit next to
// each other at the end of the article, so they come near the screen together (ReaderSection).
export { FeedbackWidget } from "./FeedbackWidget";
export { ArticleCommentsLive } from "./ArticleCommentsLive";
