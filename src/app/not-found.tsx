export default function NotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">找不到这个页面</h1>
      {/* The header's search box is the page's one search box (a second form here would be repeated in every page's payload). */}
      <p className="text-slate-700">链接可能写错了，或者文章已经改名。可以用页面上方的搜索框搜索一下，或者回到首页按主题查找。</p>
      <p>
        <a href="/" className="text-brand-700 underline">
          回到首页
        </a>
      </p>
    </div>
  );
}
