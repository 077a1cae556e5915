import { mkdirSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { concrete, pages } from "../support/next-build";

// The emulator's applications carry hostile names and descriptions (markup, event handlers, javascript:
// links, a right-to-left override, a 10,000-character name). Every page must render them as inert text
// and keep its layout, on a desktop and on a phone.

const viewports = [
  { name: "desktop", width: 1400, height: 900 },
  { name: "phone", width: 390, height: 844 },
];

async function trapScripts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[]; __dialogs: string[] };
    w.__violations = [];
    w.__dialogs = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(e.violatedDirective));
    for (const name of ["alert", "confirm", "prompt"] as const) {
      window[name] = ((message?: string) => {
        w.__dialogs.push(`${name}: ${message}`);
        return null;
      }) as never;
    }
  });
}

const traps = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __violations: string[]; __dialogs: string[] };
    return { violations: w.__violations, dialogs: w.__dialogs };
  });

test("hostile names and descriptions render as inert text and keep every page's layout", async ({
  page,
  account,
  shell,
}) => {
  test.setTimeout(300_000);
  expect(account.applicationKey).toBeTruthy();
  await trapScripts(page);
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  mkdirSync("test-results/hostile-data", { recursive: true });
  const paths = pages()
    .map((p) => concrete(p.pattern, () => "1"))
    .filter((path) => path !== "/connect");
  for (const viewport of viewports) {
    await page.setViewportSize(viewport);
    for (const path of [...paths, "/credentials?q=script", "/credentials?q=invoice", "/credentials?q=long"]) {
      await page.goto(path);
      await expect(shell.heading()).toBeVisible();
      const file = `${viewport.name}${path.replace(/[/?=]/g, "_")}.png`;
      await page.screenshot({ path: `test-results/hostile-data/${file}`, fullPage: false });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} at ${viewport.name} overflows by ${overflow}px`).toBeLessThanOrEqual(1);
      expect(await traps(page), path).toEqual({ violations: [], dialogs: [] });
    }
  }
  expect(dialogs).toEqual([]);
});

test("markup in an application name is shown literally, isolated and clamped", async ({
  page,
  account,
  credentialsPage: credentials,
}) => {
  expect(account.applicationKey).toBeTruthy();
  await trapScripts(page);
  await page.goto("/credentials?q=script");
  const cell = credentials.applicationName("<script>alert(1)</script>");
  await expect(cell).toBeVisible();
  await expect(cell).toHaveCSS("unicode-bidi", "isolate");
  // The right-to-left override is shown, not obeyed: no "invoiceexe.pdf".
  await page.goto("/credentials?q=invoice");
  const spoof = credentials.applicationName("invoice[U+202E]fdp.exe");
  await expect(spoof).toBeVisible();
  await expect(spoof).toHaveCSS("unicode-bidi", "isolate");
  // The whole page's text, not one element's: the override must appear nowhere.
  expect(await page.locator("body").textContent()).not.toContain("\u202E");
  await page.goto("/credentials?q=long");
  const long = credentials.applicationName(/^A very long application name/);
  const box = await long.boundingBox();
  expect(box?.height ?? 1000, "the 10,000-character name is clamped to a line").toBeLessThan(40);
  expect(await traps(page)).toEqual({ violations: [], dialogs: [] });
});
