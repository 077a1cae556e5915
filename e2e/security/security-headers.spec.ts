import { readdirSync } from "node:fs";
import type { APIResponse, Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { concrete, pages } from "../support/next-build";
import { requestToken } from "../support/ovh-signing";

// The headers every page and answer carries, checked on every page of the build.

function directives(csp: string) {
  return new Map(
    csp.split(";").map((d) => {
      const [name = "", ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

function nonceOf(response: APIResponse): string {
  const csp = response.headers()["content-security-policy"] ?? "";
  const scriptSrc = directives(csp).get("script-src") ?? [];
  const nonce = scriptSrc.find((v) => v.startsWith("'nonce-"))?.slice(7, -1);
  expect(nonce, "a nonce in script-src").toBeTruthy();
  return nonce as string;
}

function expectPageHeaders(response: APIResponse, label: string) {
  const headers = response.headers();
  const csp = directives(headers["content-security-policy"] ?? "");
  expect(csp.get("script-src"), label).toContain("'strict-dynamic'");
  expect(headers["content-security-policy"], label).not.toContain("unsafe-eval");
  expect(csp.get("script-src"), label).not.toContain("'unsafe-inline'");
  expect(csp.get("frame-ancestors"), label).toEqual(["'none'"]);
  expect(csp.get("form-action"), label).toEqual(["'self'"]);
  expect(csp.get("object-src"), label).toEqual(["'none'"]);
  expect(headers["x-content-type-options"], label).toBe("nosniff");
  expect(headers["referrer-policy"], label).toBe("no-referrer");
  expect(headers["permissions-policy"], label).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  expect(headers["strict-transport-security"], `${label}: no HSTS over plain HTTP`).toBeUndefined();
}

async function violationsOf(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __violations: string[] }).__violations ?? []);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = violations;
    document.addEventListener("securitypolicyviolation", (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
});

test("every page carries a per-request CSP nonce on all its scripts and the static security headers", async ({
  page,
  account,
}) => {
  expect(account.applicationKey).toBeTruthy();
  const urls = [...pages().map((p) => concrete(p.pattern, () => "1")), "/no-such-page"];
  expect(urls).toContain("/credentials");
  for (const url of urls) {
    const first = await page.request.get(url);
    expect(first.status(), url).toBeLessThan(500);
    expectPageHeaders(first, url);
    const nonce = nonceOf(first);
    const scripts = [...(await first.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length, url).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, url).toContain(`nonce="${nonce}"`);
    const second = await page.request.get(url);
    expect(nonceOf(second), `${url}: a fresh nonce per request`).not.toBe(nonce);
  }
});

test("JSON answers and static assets are nosniff and leak no referrer", async ({ page, account }) => {
  expect(account.applicationKey).toBeTruthy();
  const api = await page.request.get("/api/credentials");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  expect(api.headers()["referrer-policy"]).toBe("no-referrer");
  const chunk = readdirSync(".next/static/chunks").find((name) => name.endsWith(".js"));
  const asset = await page.request.get(`/_next/static/chunks/${chunk}`);
  expect(asset.ok()).toBe(true);
  expect(asset.headers()["x-content-type-options"]).toBe("nosniff");
});

test("behind a TLS proxy, pages get HSTS and upgrade insecure requests", async ({ request }) => {
  const response = await request.get("/connect", { headers: { "X-Forwarded-Proto": "https" } });
  expect(response.headers()["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  expect(response.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
  const api = await request.get("/api/credentials", { headers: { "X-Forwarded-Proto": "https" } });
  expect(api.headers()["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
});

test("a signed-in walk runs every script under the policy without a single violation", async ({
  page,
  account,
  shell,
  credentialsPage: credentials,
}) => {
  expect(account.applicationKey).toBeTruthy();
  for (const path of pages().map((p) => concrete(p.pattern, () => "1"))) {
    await page.goto(path);
    await expect(shell.heading()).toBeVisible();
    expect(await violationsOf(page), path).toEqual([]);
  }
  // Hydrated: client-side filtering works.
  await page.goto("/credentials");
  await credentials.search("zzzz-nothing");
  await expect(credentials.noMatch).toBeVisible();
  expect(await violationsOf(page)).toEqual([]);
});

test("markup injected into the page cannot run script: inline handlers are blocked", async ({ page }) => {
  await page.goto("/connect");
  const ran = await page.evaluate(async () => {
    const w = window as unknown as { __ran?: boolean };
    document.body.insertAdjacentHTML(
      "beforeend",
      '<img src="x:" onerror="window.__ran = true"><svg onload="window.__ran = true"></svg>',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    return w.__ran === true;
  });
  expect(ran).toBe(false);
  const violations = await violationsOf(page);
  expect(violations.some((v) => v.startsWith("script-src"))).toBe(true);
});

test("the emulator's validation page has its own policy: no script at all, and its form still posts", async ({
  page,
  request,
  emulator,
  validationPage,
  baseURL,
}) => {
  const account = await emulator.createAccount();
  const token = await requestToken(baseURL as string, account.applicationKey);
  const response = await request.get(token.validationUrl);
  expect(response.headers()["content-security-policy"]).toContain("default-src 'none'");
  expect(await response.text()).not.toMatch(/<script/i);
  await validationPage.goto(token.validationUrl);
  await validationPage.authorize(account);
  await expect(validationPage.accessGranted).toBeVisible();
  expect(await violationsOf(page)).toEqual([]);
});
