// Load check (not a test) for the view beacon against running server(s):
//   BASE_URL=http://127.0.0.1:3000[,http://127.0.0.1:3001] npm run -s bench:views
// 200 concurrent beacons from 200 addresses (→ +200), then 200 from one reader spread over the
// given instances (→ +1). Pass two instances sharing one PostgreSQL to check that counting has no
// per-process state. Every request claims a WeChat user agent and its own X-Forwarded-For.
const bases = (process.env.BASE_URL ?? "http://127.0.0.1:3000").split(",");
const slug = process.env.LOAD_ARTICLE ?? "what-is-emergency-contact";
const UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0.47";

type Sent = { status: number; ms: number; counted: boolean };

async function send(i: number, address: string): Promise<Sent> {
  const started = performance.now();
  const response = await fetch(`${bases[i % bases.length]}/api/views`, {
    method: "POST",
    headers: { "content-type": "application/json", "user-agent": UA, "x-forwarded-for": address },
    body: JSON.stringify({ article: slug }),
  });
  const body = (await response.json()) as { counted?: boolean };
  return { status: response.status, ms: performance.now() - started, counted: body.counted === true };
}

const views = async () => ((await (await fetch(`${bases[0]}/api/views?article=${slug}&t=${Date.now()}`)).json()) as { views: number }).views;
const p95 = (sent: Sent[]) => Math.round(sent.map((s) => s.ms).sort((a, b) => a - b)[Math.floor(sent.length * 0.95)]);

async function main() {
  const before = await views();
  let started = performance.now();
  const distinct = await Promise.all(Array.from({ length: 200 }, (_, i) => send(i, `10.1.${i >> 8}.${i & 255}`)));
  const distinctSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const same = await Promise.all(Array.from({ length: 200 }, (_, i) => send(i, "10.9.9.9")));
  const sameSeconds = (performance.now() - started) / 1000;
  const after = await views();
  console.log(`instances: ${bases.length}; article ${slug}: ${before} → ${after} (+${after - before}, expected +201)`);
  console.log(`200 readers: ${distinct.filter((s) => s.counted).length} counted in ${distinctSeconds.toFixed(2)} s (p95 ${p95(distinct)} ms)`);
  console.log(`1 reader ×200: ${same.filter((s) => s.counted).length} counted in ${sameSeconds.toFixed(2)} s (p95 ${p95(same)} ms)`);
  console.log(`responses ≥ 500: ${[...distinct, ...same].filter((s) => s.status >= 500).length}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
