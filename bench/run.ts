// `npm run bench [-- build|js|throughput]`: prints tables; not part of npm test.
import fs from "node:fs";
import os from "node:os";
import { WORK } from "./lib";
import { benchBuildTime } from "./build-time";
import { benchJsSize } from "./js-size";
import { benchThroughput } from "./throughput";

const all = { build: benchBuildTime, js: benchJsSize, throughput: benchThroughput };
const chosen = process.argv.slice(2).filter((name): name is keyof typeof all => name in all);
async function main() {
  fs.mkdirSync(WORK, { recursive: true });
  console.log(`# 基准测试 ${new Date().toISOString()} · Node ${process.version} · ${os.cpus().length} 核 · ${os.cpus()[0]?.model ?? ""}`);
  for (const name of chosen.length ? chosen : (Object.keys(all) as (keyof typeof all)[])) await all[name]();
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
