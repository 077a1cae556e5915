import { expect, type Page } from "@playwright/test";

export class CredentialsPage {
  constructor(readonly page: Page) {}

  async goto(query = "") {
    await this.page.goto(`/credentials${query}`);
    await expect(this.table).toBeVisible();
  }

  get table() {
    return this.page.getByRole("table", { name: "Credentials" });
  }

  /** Credential ids of the rows currently rendered (the table is virtualized). */
  async renderedIds(): Promise<number[]> {
    const ids = await this.table
      .locator("tbody tr")
      .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute("data-credential-id"))));
    return ids;
  }

  async openBulkRevoke() {
    await this.page.getByRole("button", { name: /^Revoke selected/ }).click();
    return this.page.getByRole("dialog");
  }
}
