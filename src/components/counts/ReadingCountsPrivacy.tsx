import { SEARCH_RETENTION_DAYS } from "@/counts/store";
import { VIEW_AFTER_VISIBLE_MS } from "@/counts/browser";

/** The /privacy section on reading counts and search words; the numbers come from the code that applies them. */
export function ReadingCountsPrivacy() {
  return (
    <>
      <h2 id="counts">阅读次数和搜索词</h2>
      <ul>
        <li>
          <strong>阅读次数</strong>：文章在屏幕上显示约 {VIEW_AFTER_VISIBLE_MS / 1000} 秒后，你的浏览器向本站发一次“读过这篇”的请求，内容只有文章地址。我们只保存“哪篇文章、哪一天（北京时间）、被读了几次”这个合计数字，用来显示“阅读 N”和热门文章。
        </li>
        <li>
          <strong>同一个人一天只算一次</strong>：服务器把你的 IP 地址、浏览器标识（User-Agent）和文章地址，用当天随机生成的密钥算成一个单向散列值（HMAC-SHA-256），只用来判断今天是否已经算过。IP 地址和浏览器标识本身不保存；密钥每天换新，前一天的密钥和散列值在第二天第一次有人访问时删除，所以不能把你今天和昨天的访问联系起来。
        </li>
        <li>
          <strong>不计数的</strong>：搜索引擎爬虫和其他自动程序（按浏览器标识判断）；没有运行 JavaScript 的访问；只是预先加载、没有真正显示出来的页面。
        </li>
        <li>
          <strong>搜索词</strong>：搜索没有找到文章时，保存这个搜索词（统一全角半角、大小写和空格之后）、每天的次数和最后一次的时间，让编辑知道下一篇该写什么。搜索有结果时，只记这个词被搜了几次、第一条结果被点开了几次。同一个人一天内重复搜同一个词只算一次（用上面同样的当天散列值判断）。搜索词保存 {SEARCH_RETENTION_DAYS} 天后删除。
        </li>
        <li>
          <strong>带个人信息的搜索词整条不保存</strong>：含手机号、身份证号、银行卡号、邮箱、微信号、QQ 号（和留言隐藏的是同一套规则），或者连续 6 位以上数字的搜索词，直接丢弃，不保存任何部分。
        </li>
        <li>阅读次数公开显示；搜索词只有本站管理员能看到。这些合计数字里没有任何能认出你的信息。</li>
      </ul>
    </>
  );
}
