// Load check (not a test): 200 concurrent comment creates against a running server, then
// count the rows. `npm run -s bench:comments` starts `next start` (needs `next build`) on a
// throw-away PGlite directory; with BASE_URL it uses a running server instead and counts via
// DATABASE_URL (or DATA_DIR for a stopped PGlite server's directory).
// Each request carries its own X-Forwarded-For, standing for 200 different readers, so the
// per-reader rate limit (5 per 10 minutes) does not refuse them.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, databaseConfigFromEnv } from "../src/db";

const COUNT = Number(process.env.LOAD_COUNT ?? 200);
const port = Number(process.env.LOAD_PORT ?? 3299);
const runId = `load-${Date.now()}`;
const article = process.env.LOAD_ARTICLE ?? "what-is-emergency-contact";

async function waitFor(url: string, seconds: number) {
  for (let i = 0; i < seconds * 4; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${url} did not start`);
}

async function main() {
  let baseUrl = process.env.BASE_URL;
  let server: ReturnType<typeof spawn> | undefined;
  let dataDir = process.env.DATA_DIR;
  if (!baseUrl) {
    if (!fs.existsSync(".next/BUILD_ID")) throw new Error("no build: run `npx next build` first");
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "comments-load-"));
    server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
      // The bench plays the reverse proxy: each request's X-Forwarded-For is a different reader.
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: process.env.DATABASE_URL ?? "", NEXT_TELEMETRY_DISABLED: "1", TRUSTED_PROXY: "loopback" },
      stdio: "ignore",
    });
    baseUrl = `http://127.0.0.1:${port}`;
    await waitFor(`${baseUrl}/`, 60);
    // First use creates the database: do it before the clock starts.
    await fetch(`${baseUrl}/api/comments?article=${article}`);
  }

  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: COUNT }, async (_, i) => {
      const t0 = performance.now();
      let status = 0;
      try {
        const response = await fetch(`${baseUrl}/api/comments`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
          body: JSON.stringify({ article, nickname: `读者${i}`, body: `${runId} 第 ${i} 位读者：催收打给了我的紧急联系人，怎么办？`, idempotencyKey: `${runId}-${i}` }),
        });
        status = response.status;
        await response.arrayBuffer();
      } catch {
        status = 0; // connection refused / reset
      }
      latencies.push(performance.now() - t0);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }),
  );
  const wallMs = performance.now() - started;

  if (server) {
    server.kill("SIGTERM");
    await new Promise((r) => server!.once("exit", r));
  }
  const db = await openDatabase({ ...databaseConfigFromEnv({ ...process.env, DATA_DIR: dataDir }) });
  const [{ n }] = await db.query<{ n: string }>("SELECT count(*) AS n FROM comments WHERE body LIKE $1", [`${runId}%`]);
  await db.close();

  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(0);
  const errors = [...statuses].filter(([s]) => s >= 500 || s === 0).reduce((sum, [, c]) => sum + c, 0);
  console.log(`driver: ${process.env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : "PGlite"}`);
  console.log(`requests: ${COUNT} concurrent creates in ${wallMs.toFixed(0)} ms (${((COUNT / wallMs) * 1000).toFixed(0)}/s)`);
  console.log(`statuses: ${[...statuses].sort().map(([s, c]) => `${s}×${c}`).join(", ")}`);
  console.log(`responses >= 500 or failed: ${errors}`);
  console.log(`latency ms: p50 ${pct(50)}, p95 ${pct(95)}, max ${latencies[latencies.length - 1].toFixed(0)}`);
  console.log(`rows stored: ${n} (expected ${COUNT})`);
  if (Number(n) !== COUNT || errors > 0) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
