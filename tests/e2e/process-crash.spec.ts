import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { freePort } from "../helpers/free-port";
import { loadRealSite } from "../helpers/real-site";

// Issue 17, must-be-true 3: nothing lost on kill -9 or SIGTERM mid-stream, on PGlite and (when
// TEST_DATABASE_URL is set) PostgreSQL. The built site (`next start`) takes a stream of comment
// posts from many readers (TRUSTED_PROXY=loopback and one X-Forwarded-For each, as nginx would send
// them, so the per-reader rate limit does not refuse them); it is killed mid-stream, restarted on the
// same data, and every comment that got a 2xx must be listed by the restarted site. SIGTERM must
// stop it within the drain time (before, a stream on keep-alive connections kept it up for ever),
// and PGlite must be closed cleanly: its control file says "shut down" and the lock is gone.
test.describe.configure({ mode: "serial", timeout: 120_000 });

const WORKERS = 6;
/** Acknowledged comments per phase before the signal: enough that requests are surely in flight. */
const ACKS_BEFORE_SIGNAL = 15;
/** PostgreSQL's DBState in pg_control (offset 16): 1 = shut down cleanly, 6 = in production (not closed). */
const DB_SHUTDOWNED = 1;

type Server = { url: string; child: ChildProcess; output: () => string; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> };

async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = "";
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TRUSTED_PROXY: "loopback", REQUEST_LOG: "off", ADMIN_PASSWORD: "e2e-admin-password-not-secret", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const deadline = Date.now() + 60_000;
  // Ready = the database is open and migrated, so the stream starts against a working store.
  while (!(await fetch(`${url}/api/health/ready`).then((r) => r.ok, () => false))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`next start did not become ready:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, child, output: () => output, exited };
}

type Stream = { acknowledged: string[]; statuses: Map<string, number>; stop: () => Promise<void> };

/** WORKERS readers posting one after another, each post from its own address, until stopped. */
function streamComments(url: string, article: string, tag: string, phase: string): Stream {
  const acknowledged: string[] = [];
  const statuses = new Map<string, number>();
  let next = 0;
  let stopped = false;
  const worker = async (w: number) => {
    while (!stopped) {
      const i = next++;
      const body = `崩溃测试${tag}-${phase}：第${i}条留言，催收打电话给家人怎么办`;
      let status = "error";
      try {
        const response = await fetch(`${url}/api/comments`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: url, "x-forwarded-for": `10.${w}.${(i >> 8) & 255}.${i & 255}` },
          body: JSON.stringify({ article, body, idempotencyKey: `crash-${tag}-${phase}-${i}` }),
        });
        status = String(response.status);
        await response.arrayBuffer();
        if (response.ok) acknowledged.push(`${response.status} ${body}`);
      } catch (error) {
        status = String((error as { cause?: { code?: string } }).cause?.code ?? "error"); // refused or reset: no answer, no promise made
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  };
  const workers = Array.from({ length: WORKERS }, (_, w) => worker(w));
  return {
    acknowledged,
    statuses,
    stop: async () => {
      stopped = true;
      await Promise.all(workers);
    },
  };
}

/** Every approved comment of the article, through the public API (all pages). */
async function listedBodies(url: string, article: string): Promise<Set<string>> {
  const bodies = new Set<string>();
  for (let page = 1; ; page++) {
    const response = await fetch(`${url}/api/comments?article=${article}&page=${page}`);
    expect(response.status).toBe(200);
    const list = (await response.json()) as { comments: { body: string }[]; pageCount: number };
    for (const comment of list.comments) bodies.add(comment.body);
    if (page >= list.pageCount) return bodies;
  }
}

/** Streams until ACKS_BEFORE_SIGNAL comments are acknowledged, sends `signal` mid-stream, returns what was acknowledged. */
async function streamAndSignal(server: Server, article: string, tag: string, phase: string, signal: NodeJS.Signals) {
  const stream = streamComments(server.url, article, tag, phase);
  await expect
    .poll(() => stream.acknowledged.length, { timeout: 30_000, intervals: [50], message: `answers so far: ${JSON.stringify(Object.fromEntries(stream.statuses))}` })
    .toBeGreaterThanOrEqual(ACKS_BEFORE_SIGNAL);
  const signalledAt = Date.now();
  server.child.kill(signal);
  const exit = await Promise.race([server.exited, new Promise<"still running">((resolve) => setTimeout(() => resolve("still running"), 15_000))]);
  const stoppedAfterMs = Date.now() - signalledAt;
  if (exit === "still running") {
    server.child.kill("SIGKILL");
    await stream.stop();
    throw new Error(`${signal}: the server was still running 15 s later (answers: ${JSON.stringify(Object.fromEntries(stream.statuses))})`);
  }
  await stream.stop();
  return { acknowledged: [...stream.acknowledged], statuses: Object.fromEntries(stream.statuses), exit, stoppedAfterMs };
}

type Driver = { env: Record<string, string>; afterStop: () => void | Promise<void>; cleanup: () => Promise<void> };

async function runCrashScenario(driver: Driver) {
  const article = (await loadRealSite()).articles[0].slug;
  const tag = randomBytes(4).toString("hex").replace(/\d/g, (digit) => "ghijklmnop"[Number(digit)]);
  const servers: Server[] = [];
  const start = async () => {
    const server = await startServer(driver.env);
    servers.push(server);
    return server;
  };
  try {
    // 1. kill -9 mid-stream, then restart on the same data: every acknowledged comment is there.
    const first = await start();
    const killed = await streamAndSignal(first, article, tag, "kill", "SIGKILL");
    expect(killed.exit.signal).toBe("SIGKILL");
    const second = await start();
    const afterKill = await listedBodies(second.url, article);
    for (const ack of killed.acknowledged) {
      expect(ack.startsWith("201 "), `every test comment publishes: ${ack}`).toBe(true);
      expect(afterKill.has(ack.slice(4)), `acknowledged before kill -9 but missing: ${ack}`).toBe(true);
    }

    // 2. SIGTERM mid-stream: stops by itself (exit 143) within the drain time, database closed cleanly.
    const terminated = await streamAndSignal(second, article, tag, "term", "SIGTERM");
    expect(terminated.exit, `${JSON.stringify(terminated.statuses)}\n${second.output()}`).toEqual({ code: 143, signal: null });
    expect(terminated.stoppedAfterMs).toBeLessThan(10_000);
    await driver.afterStop();

    // 3. Restarted once more: everything acknowledged in both phases is listed.
    const third = await start();
    const listed = await listedBodies(third.url, article);
    for (const ack of [...killed.acknowledged, ...terminated.acknowledged]) {
      expect(ack.startsWith("201 "), `every test comment publishes: ${ack}`).toBe(true);
      expect(listed.has(ack.slice(4)), `acknowledged but missing after restart: ${ack}`).toBe(true);
    }
    console.log(
      `${driver.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}: kill -9: ${killed.acknowledged.length} ${JSON.stringify(killed.statuses)}; SIGTERM: ${terminated.acknowledged.length} ${JSON.stringify(terminated.statuses)}, stopped after ${terminated.stoppedAfterMs} ms`,
    );
  } finally {
    for (const server of servers) {
      if (server.child.exitCode === null && server.child.signalCode === null) {
        server.child.kill("SIGTERM");
        await server.exited;
      }
    }
    await driver.cleanup();
  }
}

test.describe("nothing lost when the process is killed mid-stream", () => {
  test("PGlite: kill -9 and SIGTERM keep every acknowledged comment; SIGTERM closes the database cleanly", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-crash-"));
    const pgliteDir = path.join(dataDir, "pglite");
    await runCrashScenario({
      env: { DATA_DIR: dataDir, DATABASE_URL: "" },
      afterStop: () => {
        expect(fs.existsSync(`${pgliteDir}.lock`), "the data-directory lock is released").toBe(false);
        expect(fs.readFileSync(path.join(pgliteDir, "global", "pg_control")).readInt32LE(16), "pg_control: shut down cleanly").toBe(DB_SHUTDOWNED);
      },
      cleanup: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    });
  });

  test("PostgreSQL: kill -9 and SIGTERM keep every acknowledged comment", async () => {
    const databaseUrl = process.env.TEST_DATABASE_URL;
    test.skip(!databaseUrl, "TEST_DATABASE_URL is not set: the PostgreSQL run was SKIPPED");
    const schema = `crash_${randomBytes(5).toString("hex")}`;
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-crash-pg-"));
    await runCrashScenario({
      env: { DATA_DIR: dataDir, DATABASE_URL: `${databaseUrl}${databaseUrl!.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema}`)}` },
      afterStop: () => undefined,
      cleanup: async () => {
        await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await admin.end();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    });
  });
});
