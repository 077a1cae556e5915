import { defineConfig } from "@playwright/test";
import { E2E_SESSION_SECRET } from "./e2e/support/server-env";
import { chromiumLaunchOptions } from "./lib/cli/local-server.mjs";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    browserName: "chromium",
    headless: true,
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    // The production build (npm test builds first). A long keep-alive avoids the race where the server
    // closes an idle pooled connection just as the test client reuses it (ECONNRESET). The server's output is kept so a test can prove
    // that no secret ever reaches a log line.
    command: `mkdir -p test-results && node_modules/.bin/next start -p ${port} -H 127.0.0.1 --keepAliveTimeout 65000 2>&1 | tee test-results/server.log`,
    url: `${baseURL}/connect`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      OVH_EMULATOR: "on",
      // The control API (accounts, knobs, ground truth) is test-only: never set by `npm run demo`.
      OVH_EMULATOR_CONTROL: "on",
      OVH_EMULATOR_URL: `${baseURL}/api/ovh-emulator/1.0`,
      SESSION_SECRET: E2E_SESSION_SECRET,
    },
  },
});
