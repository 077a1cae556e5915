import type { Locator } from "@playwright/test";

export type ReportCount = "revoked" | "already-gone" | "failed";

/**
 * A bulk revocation or deletion dialog: the preview of what goes, the typed confirmation, then the
 * per-item report (revoked, already gone, failed) with Retry failed.
 */
export class RevocationDialog {
  constructor(readonly dialog: Locator) {}

  /** The items a list in the dialog names, e.g. "Credentials to revoke" or "Applications to delete". */
  listed(listName: string) {
    return this.dialog.getByRole("list", { name: listName }).getByRole("listitem");
  }

  /** The preview's summary: by status, by finding, recent use, still valid with write access. */
  get summary() {
    return this.dialog.getByRole("region", { name: "Summary" });
  }

  summaryList(name: "By status" | "By finding") {
    return this.summary.getByRole("list", { name });
  }

  /** "and N more": what the riskiest-first list leaves out, counted. */
  notListed(count: number) {
    return this.dialog.getByText(`and ${count} more`);
  }

  button(name: string | RegExp) {
    return this.dialog.getByRole("button", { name });
  }

  /** Whether the dialog asks for a typed phrase (it says why), rather than a click. */
  async asksForPhrase(): Promise<boolean> {
    return (await this.dialog.getByLabel(/Type/).count()) > 0;
  }

  async typeConfirmation(text: string) {
    await this.dialog.getByLabel(/Type/).fill(text);
  }

  count(kind: ReportCount) {
    return this.dialog.getByTestId(`count-${kind}`);
  }

  async countOf(kind: ReportCount): Promise<number> {
    return Number(await this.count(kind).textContent());
  }

  get failureList() {
    return this.dialog.getByRole("list", { name: "Failures" });
  }

  get failures() {
    return this.failureList.getByRole("listitem");
  }

  /** Report lines saying `text`, e.g. "Already gone". */
  reported(text: string) {
    return this.dialog.getByRole("list", { name: "Report" }).getByText(text);
  }

  async retryFailed(count: number) {
    await this.button(`Retry failed (${count})`).click();
  }

  /** The number in the dialog's title ("Revoke 42 selected credentials?"). */
  async selectedInTitle(): Promise<number> {
    return Number(
      /Revoke (\d+) selected/.exec((await this.dialog.getByRole("heading", { level: 2 }).textContent()) ?? "")?.[1],
    );
  }

  /** Types the phrase when one is asked, then confirms: the job starts and its page opens. */
  async confirmRevocation(count: number) {
    if (await this.asksForPhrase()) await this.typeConfirmation(`revoke ${count}`);
    await this.button(`Revoke ${count} credential${count === 1 ? "" : "s"}`).click();
  }

  async cancel() {
    await this.button("Cancel").click();
  }

  async close() {
    await this.button("Close").click();
  }
}
