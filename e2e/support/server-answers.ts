import type { APIResponse, Page } from "@playwright/test";

export type ServerAnswer = { method: string; url: string; body: string };

/**
 * Records every answer the server sends to this page, read in full by Playwright before the browser
 * gets it. Listening to the page's "response" events would not do for a leak test. Chromium finishes
 * a response only once the page reads it to the end, so bodies a page abandons have nothing to
 * read: an aborted prefetch, or a server action's answer once the client has navigated away. Those
 * are exactly the answers such a test must not skip. Build assets under /_next/static are left
 * alone: they are the same for every visitor and are built before any key exists.
 */
export async function recordServerAnswers(page: Page): Promise<ServerAnswer[]> {
  const answers: ServerAnswer[] = [];
  await page.route(
    (url) => !url.pathname.startsWith("/_next/static/"),
    async (route) => {
      const request = route.request();
      let response: APIResponse;
      let body: Buffer;
      try {
        // No redirect is followed here: the browser follows it itself, and both answers are recorded.
        response = await route.fetch({ maxRedirects: 0 });
        body = await response.body();
      } catch {
        // The page or the test ended while the request was in flight.
        await route.abort().catch(() => {});
        return;
      }
      answers.push({ method: request.method(), url: request.url(), body: body.toString("utf8") });
      await route.fulfill({ response, body }).catch(() => {});
    },
  );
  return answers;
}
