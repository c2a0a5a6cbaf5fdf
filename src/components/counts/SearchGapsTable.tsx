import { getCountService, POPULAR_DAYS } from "@/counts";

const time = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "short", timeStyle: "short" });

/**
 * For editors in /admin: what readers searched for and did not find (last 30 days), and searches
 * whose first result is rarely opened — which article to write or fix next.
 */
export async function SearchGapsTable() {
  const counts = await getCountService();
  const [gaps, rates] = await Promise.all([counts.zeroResultQueries(POPULAR_DAYS, 30), counts.firstResultClickRates(POPULAR_DAYS, 10)]);
  const weak = rates.filter((r) => r.firstResultClicks * 2 < r.searches);
  return (
    <section aria-labelledby="search-gaps" className="space-y-3" data-testid="search-gaps">
      <h2 id="search-gaps" className="text-xl font-bold">
        没搜到的问题（近 {POPULAR_DAYS} 天）
      </h2>
      <p className="text-sm text-slate-600">次数按“每人每天一次”计；含手机号、证件号等个人信息的搜索词不会被记录。</p>
      {gaps.length === 0 ? (
        <p>还没有记录。</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr>
              <th>搜索词</th>
              <th>次数</th>
              <th>最近一次</th>
            </tr>
          </thead>
          <tbody>
            {gaps.map((gap) => (
              <tr key={gap.query} className="border-t border-slate-200">
                <td className="break-all">{gap.query}</td>
                <td>{gap.count}</td>
                <td>{time.format(gap.lastSeen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {weak.length > 0 ? (
        <>
          <h3 className="text-lg font-semibold">有结果，但第一条很少被点开</h3>
          <table className="w-full text-left text-sm">
            <thead>
              <tr>
                <th>搜索词</th>
                <th>搜索次数</th>
                <th>点开第一条</th>
              </tr>
            </thead>
            <tbody>
              {weak.map((rate) => (
                <tr key={rate.query} className="border-t border-slate-200">
                  <td className="break-all">{rate.query}</td>
                  <td>{rate.searches}</td>
                  <td>{rate.firstResultClicks}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
