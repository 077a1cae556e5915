import { expect, type Page } from "@playwright/test";
import { RevocationDialog } from "./revocation-dialog";

/** /credentials: the filterable, sortable, virtualized list, selection, bulk revoke and exports. */
export class CredentialsPage {
  constructor(readonly page: Page) {}

  async goto(query = "") {
    await this.page.goto(`/credentials${query}`);
    await expect(this.table).toBeVisible();
  }

  get heading() {
    return this.page.getByRole("heading", { name: "Credentials", level: 1 });
  }

  get table() {
    return this.page.getByRole("table", { name: "Credentials" });
  }

  /** The rows currently rendered (the table is virtualized). */
  get rows() {
    return this.table.locator("tbody tr");
  }

  /** Credential ids of the rows currently rendered. */
  async renderedIds(): Promise<number[]> {
    return this.rows.evaluateAll((rows) => rows.map((row) => Number(row.getAttribute("data-credential-id"))));
  }

  /** The count above the list: "150 credentials" (exact), or any text such as /credentials match/. */
  count(text: string | RegExp) {
    return typeof text === "string" ? this.page.getByText(text, { exact: true }) : this.page.getByText(text);
  }

  /** "12 of 150 credentials match" once a filter narrows the list. */
  matching(shown: number, total: number) {
    return this.page.getByText(`${shown} of ${total} credentials match`);
  }

  get noMatch() {
    return this.page.getByText("No credential matches these filters.");
  }

  async search(text: string) {
    await this.page.getByRole("searchbox", { name: "Search credentials" }).fill(text);
  }

  async sortBy(column: string) {
    await this.page.getByRole("button", { name: column }).click();
  }

  columnHeader(name: string) {
    return this.page.getByRole("columnheader", { name });
  }

  /** Ticks an option of a filter menu ("Status", "Finding"…), then closes the menu. */
  async filter(menu: RegExp, option: string | RegExp) {
    await this.page.getByRole("button", { name: menu }).click();
    await this.page.getByRole("menuitemcheckbox", { name: option }).click();
    await this.page.keyboard.press("Escape");
  }

  selectBox(credentialId: number | string) {
    return this.page.getByRole("checkbox", { name: `Select credential ${credentialId}` });
  }

  /** Selects the given credentials, skipping any that cannot be selected; returns how many are selected. */
  async select(ids: number[]): Promise<number> {
    for (const id of ids) {
      const box = this.selectBox(id);
      if (await box.isDisabled()) continue;
      await box.check();
    }
    return (await Promise.all(ids.map((id) => this.selectBox(id).isChecked()))).filter(Boolean).length;
  }

  async selectAllMatching() {
    await this.page.getByRole("button", { name: /Select all \d+ matching/ }).click();
  }

  /** How many credentials the selection holds, read from the Revoke selected button. */
  async selectedCount(): Promise<number> {
    const label = await this.page.getByRole("button", { name: /^Revoke selected \(\d+\)$/ }).textContent();
    return Number(/\((\d+)\)/.exec(label ?? "")?.[1]);
  }

  get revokeSelectedButton() {
    return this.page.getByRole("button", { name: /^Revoke selected/ });
  }

  async openBulkRevoke() {
    await this.page.getByRole("button", { name: /^Revoke selected/ }).click();
    return new RevocationDialog(this.page.getByRole("dialog"));
  }

  removeExpiredButton(name: string | RegExp = /^Remove expired/) {
    return this.page.getByRole("button", { name });
  }

  async openRemoveExpired() {
    await this.removeExpiredButton().click();
    return new RevocationDialog(this.page.getByRole("dialog"));
  }

  /** Exports the current view and returns the downloaded file's text. */
  async export(format: "CSV" | "JSON"): Promise<string> {
    const download = this.page.waitForEvent("download");
    await this.page.getByRole("button", { name: `Export ${format}` }).click();
    const file = await (await download).createReadStream();
    return Buffer.concat(await file.toArray()).toString("utf8");
  }

  /** Shown when part of the list could not be loaded from OVH. */
  get partialListBanner() {
    return this.page.getByRole("status", { name: "Partial list" });
  }

  /** The banner's Retry button, named "Retrying…" while the reload runs. */
  partialListRetry(name: "Retry" | "Retrying…" = "Retry") {
    return this.partialListBanner.getByRole("button", { name });
  }

  /** An application's name as a cell of the table shows it. */
  applicationName(name: string | RegExp) {
    return this.table.getByText(name).first();
  }
}
