import { expect, type Page } from "@playwright/test";

/** /connect/complete: where OVH sends the admin back after validating the key the dashboard requested. */
export class ConnectCompletePage {
  constructor(readonly page: Page) {}

  async expectOpen() {
    await expect(this.page).toHaveURL(/\/connect\/complete$/);
  }

  message(text: string | RegExp) {
    return this.page.getByText(text);
  }

  async backToConnect() {
    await this.page.getByRole("link", { name: "Back to Connect" }).click();
  }
}
