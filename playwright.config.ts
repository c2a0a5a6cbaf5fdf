import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { E2E_ADMIN_PASSWORD } from "./tests/helpers/e2e-env";

const port = Number(process.env.E2E_PORT ?? 3100);
// Debian's Chromium where present (browser downloads are impossible on our CI); Playwright's own elsewhere.
// A throw-away PGlite directory per run, so comment tests start from an empty database.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-data-"));
const chromePath = process.env.CHROME_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "zh-CN",
    launchOptions: {
      executablePath: chromePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `node node_modules/next/dist/bin/next start -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    // Every e2e request comes from 127.0.0.1: the per-address daily count budget is raised so the
    // counting specs can play many readers (the budget itself is tested in tests/unit/counts-store.test.ts).
    env: { NEXT_TELEMETRY_DISABLED: "1", DATA_DIR: dataDir, ADMIN_PASSWORD: E2E_ADMIN_PASSWORD, DATABASE_URL: "", COUNTS_PER_ADDRESS: "1000" },
  },
});
