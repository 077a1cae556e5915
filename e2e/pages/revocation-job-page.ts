import { expect, type Page } from "@playwright/test";

export type JobCount = "revoked" | "already-gone" | "failed" | "not-attempted";
export type JobCounts = { revoked: number; alreadyGone: number; failed: number; notAttempted: number };

/**
 * /revocations/[id]: one revocation job (Remove expired, Revoke selected, an application's credentials,
 * keyless applications): its progress, why it waits, Stop, Retry failed, the report and its downloads.
 */
export class RevocationJobPage {
  constructor(readonly page: Page) {}

  /** Every bulk button lands here once the job has started on the server. */
  async expectOpened() {
    await expect(this.page).toHaveURL(/\/revocations\/[0-9a-f-]{36}/);
  }

  get progress() {
    return this.page.getByRole("progressbar", { name: "Revocation progress" });
  }

  async progressValue(): Promise<number> {
    return Number(await this.progress.getAttribute("aria-valuenow"));
  }

  /** The live line: what is being done, why it waits, and the final word. */
  get status() {
    return this.page.getByRole("status", { name: "Revocation status" });
  }

  /** Download CSV is enabled once the job has finished: the report is whole. */
  async waitUntilFinished(timeout = 60_000) {
    await expect(this.downloadButton("CSV")).toBeEnabled({ timeout });
  }

  count(kind: JobCount) {
    return this.page.getByTestId(`count-${kind}`);
  }

  /** The report's four counts, which always add up to what was selected. */
  async counts(): Promise<JobCounts> {
    const read = async (kind: JobCount) => Number(await this.count(kind).textContent());
    return {
      revoked: await read("revoked"),
      alreadyGone: await read("already-gone"),
      failed: await read("failed"),
      notAttempted: await read("not-attempted"),
    };
  }

  /** A list of the report: "Failed" (OVH's message and query id on each), "Not attempted", "Refused". */
  list(name: "Failed" | "Not attempted" | "Refused") {
    return this.page.getByRole("list", { name });
  }

  items(name: "Failed" | "Not attempted" | "Refused") {
    return this.list(name).getByRole("listitem");
  }

  /** Report lines saying `text` (OVH's words on a failure); none when nothing failed. */
  reportMentions(text: string | RegExp) {
    return this.page.getByRole("listitem").filter({ hasText: text });
  }

  async stop() {
    await this.page.getByRole("button", { name: "Stop" }).click();
  }

  async retryFailed(count: number) {
    await this.page.getByRole("button", { name: `Retry failed (${count})` }).click();
  }

  downloadButton(format: "CSV" | "JSON") {
    return this.page.getByRole("button", { name: `Download ${format}` });
  }

  /** Downloads the report and returns its text. */
  async download(format: "CSV" | "JSON"): Promise<string> {
    const download = this.page.waitForEvent("download");
    await this.downloadButton(format).click();
    return Buffer.concat(await (await (await download).createReadStream()).toArray()).toString("utf8");
  }

  /** Back to where the admin came from ("the credentials list", "the applications"), filters kept. */
  async goBack(to: RegExp | string) {
    await this.page.getByRole("link", { name: to }).first().click();
  }
}

/** The sum of the report's four counts. */
export const accountedFor = (c: JobCounts) => c.revoked + c.alreadyGone + c.failed + c.notAttempted;
