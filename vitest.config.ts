import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One build of dist/ and one sample workbook per run, before any file (test/global-setup.ts).
    globalSetup: ["test/global-setup.ts"],
    // Browser tests start Chromium; two cores only, so keep files from starving each other.
    maxWorkers: 2,
    // Generous against a busy two-core machine: beside a CPU-heavy job the slowest (Chromium,
    // whole builds) take up to ~40 s, a third of this; web-ext lint sets its own.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
