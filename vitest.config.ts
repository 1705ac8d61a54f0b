import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One build of dist/ and one sample workbook per run, before any file (test/global-setup.ts).
    globalSetup: ["test/global-setup.ts"],
    // Browser tests start Chromium; two cores only, so keep files from starving each other.
    maxWorkers: 2,
    // Generous against a busy two-core machine: the slowest test takes well under a third of it.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
