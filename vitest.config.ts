import { defineConfig } from "vitest/config";
import tsconfigPaths from "vite-tsconfig-paths";
import { TEST_ENV } from "./tests/support/test-env";

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    include: ["app/**/*.test.{ts,tsx}", "scripts/**/*.test.ts", "tests/**/*.test.ts"],
    globalSetup: ["tests/global-setup.ts"],
    setupFiles: ["tests/fail-on-console-error.ts"],
    env: TEST_ENV,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser tests share one built server and one Chromium; running files in parallel on a
    // 2-core machine only makes them flaky.
    fileParallelism: false,
  },
});
