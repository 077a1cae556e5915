// The README's screenshots (public/screenshots/overview.png and credentials.png), taken from the demo.
//
//   npm run build && npx tsx lib/cli/readme-screenshots.ts [--port 3207] [--out public/screenshots]
//
// Starts the production build with the OVH API emulator on loopback, signs in with "Use the demo account"
// (a fresh sandbox account each time), and captures the Overview (/) and /credentials at 1440×900 in
// Chromium (viewport shots, so each PNG stays small enough to commit). Debian's /usr/bin/chromium is used
// (CHROMIUM_PATH overrides it); Playwright never downloads a browser here. The server is stopped at the end.
// The demo's data is generated, so dates and names differ from one run to the next: look at the PNGs
// before committing them.
import { existsSync, mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions, startDashboard, waitForServer } from "@/lib/cli/local-server.mjs";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "3207" },
    out: { type: "string", default: "public/screenshots" },
  },
});
const port = Number(values.port);
const out = values.out;
const base = `http://127.0.0.1:${port}`;

if (!existsSync(".next/BUILD_ID")) {
  console.error("readme-screenshots needs a production build: run `npm run build` first.");
  process.exit(2);
}

// Seals only the cookies of this throwaway run.
const server = startDashboard({ port, sessionSecret: "docs-screenshots-only-secret-0123456789abcdef" });

try {
  await waitForServer(`${base}/connect`, { child: server });
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${base}/connect`);
    await page.getByRole("button", { name: "Use the demo account" }).click();
    await page.getByRole("navigation", { name: "Main" }).waitFor();
    mkdirSync(out, { recursive: true });

    const shots = [
      { name: "overview.png", path: "/" },
      { name: "credentials.png", path: "/credentials" },
    ];
    for (const shot of shots) {
      await page.goto(`${base}${shot.path}`);
      await page.waitForLoadState("networkidle");
      // Lets toasts fade and idle-time work (search text, row models) settle before the capture.
      await page.waitForTimeout(1_500);
      const file = join(out, shot.name);
      await page.screenshot({ path: file });
      console.log(`${file}: ${Math.round(statSync(file).size / 1024)} KB`);
    }
  } finally {
    await browser.close();
  }
} finally {
  server.kill("SIGTERM");
}
