// `npm test`: unit tests (vitest), a production build, then e2e tests (Playwright) against
// `next start`. Ends with one plain line "N passed, N failed" adding up every suite.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const reports = fs.mkdtempSync(path.join(os.tmpdir(), "help-center-tests-"));
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

// 1. Unit tests.
const vitestJson = path.join(reports, "vitest.json");
const vitestStatus = run("unit tests (vitest)", process.execPath, [
  "node_modules/vitest/vitest.mjs", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`,
]);
const vitest = readJson(vitestJson);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
  // A suite that failed to load has no failing test, but it is a failure.
  totals.failed += vitest.testResults.filter((suite) => suite.status === "failed" && suite.assertionResults.length === 0).length;
} else if (vitestStatus !== 0) {
  totals.failed += 1;
}

// 2. Production build: the e2e tests run against what `npm start` serves.
const buildStatus =
  run("search index", process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/build-search-index.ts"]) ||
  run("build (next build)", process.execPath, ["node_modules/next/dist/bin/next", "build"]);
if (buildStatus !== 0) {
  console.error("构建失败：跳过端到端测试，记为 1 个失败。");
  totals.failed += 1;
} else {
  // 3. End-to-end tests in Chromium.
  const playwrightJson = path.join(reports, "playwright.json");
  const e2eStatus = run("e2e tests (playwright)", process.execPath, ["node_modules/@playwright/test/cli.js", "test", "--reporter=list,json"], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
  });
  const playwright = readJson(playwrightJson);
  if (playwright) {
    totals.passed += playwright.stats.expected + playwright.stats.flaky;
    totals.failed += playwright.stats.unexpected;
    totals.skipped += playwright.stats.skipped;
    if (e2eStatus !== 0 && playwright.stats.unexpected === 0) totals.failed += 1; // e.g. the server did not start
  } else if (e2eStatus !== 0) {
    totals.failed += 1;
  }
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(totals.failed > 0 ? 1 : 0);
