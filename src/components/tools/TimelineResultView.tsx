import type { Article, CitationHref } from "@/content";
import { formatChineseDate, parseIsoDate, type PenaltyEstimate, type TimelineResult } from "@/tools";
import { LinkedText } from "../LinkedText";
import { SupportNote } from "../SupportNote";
import { ArticleLinks } from "./ArticleLinks";
import { BasisLabel } from "./BasisLabel";
import { RESULT_ID } from "./result-anchor";

const cn = (iso: string) => formatChineseDate(parseIsoDate(iso)!);

function Penalty({ penalty, title }: { penalty: PenaltyEstimate; title: string }) {
  return (
    <div className="rounded-md bg-slate-50 p-3">
      <p className="font-semibold">{title}</p>
      <p className="mt-1 font-mono text-base" data-testid="penalty-formula">
        {penalty.formula}
      </p>
      {penalty.amount === undefined ? (
        <p className="mt-1 text-sm text-slate-700">
          没有填罚息日利率，所以这里不算金额：我们不会替你假设一个利率。在合同或 App 账单页找到罚息日利率后，填进上面的表格再算。
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-700">
            罚息日利率 {penalty.rate}% 折合年化约 {penalty.annualRate}%（日利率 × 365）。
          </p>
          {penalty.annualAbove24 && (
            <p className="mt-1 text-sm text-slate-700">
              先核对合同里写的年化利率，再看出借方是谁：银行、消费金融公司等持牌机构的借款，法院通常参照《最高人民法院关于进一步加强金融审判工作的若干意见》，对利息、复利、罚息、违约金和其他费用合计超过年利率 24% 的部分支持调减（这是审判实践，不是法律条文）；个人或其他非金融机构的民间借贷，以合同成立时一年期 LPR 的四倍为上限（《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条）。
            </p>
          )}
        </>
      )}
    </div>
  );
}

/** `citationHref` links each cited law article to its quoted text on /law. */
export function TimelineResultView({ result, articles, citationHref }: { result: TimelineResult; articles: Article[]; citationHref?: CitationHref }) {
  return (
    <section id={RESULT_ID} tabIndex={-1} aria-labelledby="timeline-result" className="space-y-6">
      <h2 id="timeline-result" className="text-xl font-bold">
        你的情况
      </h2>
      <p className="text-lg" data-testid="timeline-summary">
        {result.daysOverdue > 0 ? (
          <>
            还款日是 {cn(result.dueDate)}，到 {cn(result.asOf)} 已经逾期 <strong>{result.daysOverdue} 天</strong>。
          </>
        ) : result.daysUntilDue > 0 ? (
          <>
            还款日是 {cn(result.dueDate)}，还有 {result.daysUntilDue} 天。还没有逾期；下面是如果到期没还，之后通常会发生的事。
          </>
        ) : (
          <>今天（{cn(result.asOf)}）就是还款日，今天还上就不算逾期。</>
        )}
      </p>

      <div className="space-y-2">
        <h3 className="text-lg font-bold">罚息估算</h3>
        <Penalty penalty={result.penalty} title={`到 ${cn(result.asOf)}（${result.penalty.days} 天）`} />
        {result.penaltyAtRepay && (
          <Penalty penalty={result.penaltyAtRepay} title={`如果到 ${cn(result.credit!.repayDate)} 才还清（${result.penaltyAtRepay.days} 天）`} />
        )}
        <p className="text-sm text-slate-700">
          这是按“逾期本金 × 罚息日利率 × 逾期天数”的估算。实际金额可能还包括正常利息、复利或其他费用，罚息从哪天起算、按什么基数算，以合同和平台页面为准。
        </p>
      </div>

      <div className="space-y-2">
        <h3 className="text-lg font-bold">之后通常会发生什么</h3>
        <ol className="space-y-3" data-testid="timeline-steps">
          {result.steps.map((step) => (
            <li key={step.id} className={`rounded-md border p-3 ${step.reached ? "border-slate-300" : "border-dashed border-slate-300"}`}>
              <p className="text-sm text-slate-600">
                <time dateTime={step.date}>{cn(step.date)}</time> 起 · 逾期第 {step.day} 天{step.reached ? "（已到）" : ""}
              </p>
              <p className="font-semibold">
                <LinkedText text={step.title} />
              </p>
              <p className="mt-1">
                <LinkedText text={step.text} citationHref={citationHref} />
              </p>
              <p className="mt-1">
                <BasisLabel basis={step.basis} citation={step.citation} citationHref={citationHref} />
              </p>
              <ArticleLinks slugs={step.articles} articles={articles} />
            </li>
          ))}
        </ol>
        <p className="text-sm text-slate-700">
          除了标“法律规定”的，天数都只是大致参考：网贷没有法律规定的宽限期，各平台做法不同。
        </p>
      </div>

      <div className="space-y-2">
        <h3 className="text-lg font-bold">征信记录哪天删除</h3>
        {result.credit ? (
          <p data-testid="credit-deletion">
            如果这次逾期被报送了征信，并在 {cn(result.credit.repayDate)} 还清（逾期 {result.credit.daysOverdueAtRepay} 天），这条不良记录保存到{" "}
            <strong>{cn(result.credit.deletedAfter)}</strong> 前后，之后应当删除。
          </p>
        ) : (
          <p data-testid="credit-deletion">还没有逾期，就没有要删除的逾期记录。按时还款是最好的办法。</p>
        )}
        <p>
          <BasisLabel basis="statute" citation="《征信业管理条例》第十六条" citationHref={citationHref} />
        </p>
        <p className="text-sm text-slate-700">
          不良信息自不良行为终止之日起保存 5 年，超过 5 年应当删除。还清不会马上消除记录，任何人也不能花钱“洗白”；只有记录有错，才可以申请异议更正。
          人民银行 2025 年 12 月公布的一次性信用修复，只覆盖 2020 年至 2025 年发生、单笔不超过 1 万元、并在 2026 年 3 月 31 日前还清的逾期，已经结束，这里的日期不考虑它。
        </p>
        <ArticleLinks slugs={["credit-report-after-repayment", "credit-repair-2025-history", "debt-agency-scam"]} articles={articles} />
      </div>
      <SupportNote />
    </section>
  );
}
