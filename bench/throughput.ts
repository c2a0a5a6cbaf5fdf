// Article page throughput on loopback: `next start` vs nginx serving the same prerendered HTML.
// Each run is bounded: BENCH_SECONDS (default 10) seconds, 20 connections.
import fs from "node:fs";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";
import autocannon from "autocannon";
import { ROOT, WORK, fmt, freePort, printTable, runTimed, startNext, waitForHttp } from "./lib";

const ARTICLE = "/articles/emergency-contact-no-repay";

async function load(url: string, seconds: number) {
  const result = await autocannon({ url, connections: 20, duration: seconds });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

async function startNginx(htmlRoot: string): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const dir = path.join(WORK, "nginx");
  fs.mkdirSync(path.join(dir, "logs"), { recursive: true });
  const conf = path.join(dir, "nginx.conf");
  fs.writeFileSync(
    conf,
    `worker_processes 1; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/logs/error.log;
events { worker_connections 1024; }
http { access_log off; default_type text/html; sendfile on; gzip off;
  client_body_temp_path ${dir}/tmp; proxy_temp_path ${dir}/tmp; fastcgi_temp_path ${dir}/tmp; uwsgi_temp_path ${dir}/tmp; scgi_temp_path ${dir}/tmp;
  server { listen 127.0.0.1:${port}; root ${htmlRoot}; location / { try_files $uri $uri.html =404; } } }`,
  );
  fs.mkdirSync(path.join(dir, "tmp"), { recursive: true });
  const child = spawn("nginx", ["-c", conf, "-p", dir], { stdio: "ignore" });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}${ARTICLE}`, 10_000);
  return { url, stop: () => child.kill() };
}

export async function benchThroughput(): Promise<void> {
  if (spawnSync("nginx", ["-v"]).status !== 0) {
    console.log("\n（跳过吞吐量对比：没有 nginx。apt-get install -y nginx 后再运行）");
    return;
  }
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  if (!fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"))) runTimed("npm", ["run", "-s", "build"]);
  const site = await startNext();
  const nginx = await startNginx(path.join(ROOT, ".next", "server", "app"));
  try {
    await load(site.url + ARTICLE, 2); // warm-up
    const next = await load(site.url + ARTICLE, seconds);
    const baseline = await load(nginx.url + ARTICLE, seconds);
    printTable(`文章页吞吐量（回环地址，20 连接，各 ${seconds} 秒）`, ["服务器", "请求/秒", "p99 ms", "错误", "相对 nginx"], [
      ["nginx（基线，同一份 HTML）", fmt(baseline.rps, 0), baseline.p99, baseline.errors, "1.00"],
      ["next start", fmt(next.rps, 0), next.p99, next.errors, fmt(next.rps / baseline.rps, 2)],
    ]);
  } finally {
    site.stop();
    nginx.stop();
  }
}
