import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname, "src") } },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // Two cores on CI: keep workers bounded.
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
