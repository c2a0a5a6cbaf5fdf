import type { Metadata } from "next";
import { ContactEmail } from "@/components/ContactEmail";
import { ReadingCountsPrivacy } from "@/components/counts/ReadingCountsPrivacy";

export const metadata: Metadata = { title: "隐私说明", description: "本站的阅读计数、搜索词、留言和反馈保存什么、保存多久、怎样要求删除。" };

export default function PrivacyPage() {
  return (
    <article className="prose prose-slate max-w-none">
      <h1>隐私说明</h1>
      <p>本站不需要注册，不使用广告或第三方统计，不设置 Cookie 来跟踪你，也不在你的浏览器里存任何标识。我们只做两件匿名的计数（见“阅读次数和搜索词”）；除此之外，只有你主动留言或点“有帮助”时，我们才保存下面这些内容。</p>
      <ReadingCountsPrivacy />
      <h2>留言时保存什么</h2>
      <ul>
        <li>
          <strong>留言内容</strong>：你写的文字。保存前，手机号、18 位身份证号、银行卡号、邮箱、微信号和 QQ 号会被自动替换成“[手机号已隐藏]”这样的标记，原来的号码不会保存。
        </li>
        <li>
          <strong>昵称</strong>：你填的昵称，不填就是“匿名网友”。
        </li>
        <li>
          <strong>网络地址的加盐散列值</strong>：你的 IP 地址经过加盐的单向散列（HMAC-SHA-256）后保存，用来限制刷屏和防止重复计数。IP 地址本身不保存，散列值无法还原成地址。
        </li>
        <li>
          <strong>时间</strong>：提交的时间。
        </li>
        <li>审核状态（待审核、已公开、已拒绝）、“有帮助”的次数、官方回复。</li>
      </ul>
      <h2>“这篇有帮助吗？”保存什么</h2>
      <p>文章、你的选择（有帮助 / 没帮助）、你写的原因（同样会隐藏号码）、网络地址的加盐散列值和时间。每个地址每篇文章只记一票，再点会覆盖上一次。</p>
      <h2>谁能看到</h2>
      <p>审核通过的留言和昵称公开显示；散列值、待审核和被拒绝的留言只有本站管理员能看到。我们不出售、不转交这些数据，也不会用它联系你。</p>
      <h2>怎样要求删除</h2>
      <p>
        你有权要求删除自己的留言（《个人信息保护法》第四十七条）。
        <ContactEmail
          subject="删除留言请求"
          lines={["留言用的昵称（没填就是“匿名网友”）：", "文章标题或网址：", "大概的留言日期：", "留言开头的几个字："]}
          fallback={<>本站运营者还没有设置联系邮箱：请在该文章下再留一条言，写明“请删除我在某日的留言”、当时用的昵称和原留言开头的几个字（不要写个人信息），管理员审核时会看到并把这些留言一起删除</>}
        />
        。请写明<strong>昵称、哪篇文章、大概的日期</strong>，最好再加上留言开头的几个字；不需要提供身份证号等身份信息。
      </p>
      <p data-testid="deletion-handling">
        管理员在后台按昵称和留言里的文字查找，连同还在审核、没有通过的留言一起列出，核对文章和日期后把你的留言一次全部删除，通常在 3 个工作日内完成。删除后留言即从数据库中移除，不保留副本；我们只记下“哪天因读者要求删除了几条留言”，不记留言内容和昵称。
      </p>
      <p>管理员也会删除任何含有他人个人信息、广告或诈骗内容的留言。</p>
    </article>
  );
}
