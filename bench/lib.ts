// Small helpers shared by the benchmark scripts: timing, child processes, servers, table output.
import { spawn, spawnSync } from "node:child_process";
import net from "node:net";

// npm runs scripts from the project root.
export const ROOT = process.cwd();
export const WORK = `${ROOT}/bench/.work`;
export const NEXT_BIN = `${ROOT}/node_modules/next/dist/bin/next`;

export function runTimed(command: string, args: string[], env: Record<string, string> = {}, cwd = ROOT): number {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} 失败（退出码 ${result.status}）`);
  return (performance.now() - started) / 1000;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

export async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} 在 ${timeoutMs} ms 内没有响应`);
}

/**
 * `next start` of a build directory on a free port; the caller calls stop(). It runs in its own
 * process group: killing only the `next` PID would leave its `next-server` child running.
 */
export async function startNext(env: Record<string, string> = {}, cwd = ROOT): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd,
    stdio: process.env.BENCH_VERBOSE ? "inherit" : "ignore",
    detached: true,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  };
  try {
    await waitForHttp(`${url}/`);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}

export function printTable(title: string, header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => [...row[i]].length)));
  console.log(`\n## ${title}\n`);
  console.log(`| ${header.map((h, i) => h.padEnd(widths[i])).join(" | ")} |`);
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of cells.slice(1)) console.log(`| ${row.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`);
}

export const fmt = (value: number, digits = 1) => value.toFixed(digits);
