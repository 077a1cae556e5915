import { expect, type Page } from "@playwright/test";

/** /token-requests/new: rule rows, templates and submission. */
export class TokenRequestForm {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/token-requests/new");
    await expect(this.page.getByRole("heading", { name: "New token request" })).toBeVisible();
  }

  rows() {
    return this.page.getByTestId("rule-row");
  }

  async setRule(index: number, method: string, path: string, options: { recursive?: boolean } = {}) {
    const row = this.rows().nth(index);
    await row.getByLabel("Method").selectOption(method);
    await row.getByLabel("Path").fill(path);
    await row.getByLabel("Path").press("Escape");
    await row.getByLabel("Recursive").setChecked(options.recursive ?? false);
  }

  async addRule() {
    await this.page.getByRole("button", { name: "Add a rule" }).click();
  }

  async applyTemplate(name: string) {
    await this.page.getByRole("button", { name: `Apply the ${name} template` }).click();
  }

  async submit() {
    await this.page.getByRole("button", { name: "Create token request" }).click();
    await expect(this.page).toHaveURL(/\/token-requests\/[0-9a-f-]{36}$/);
  }
}
