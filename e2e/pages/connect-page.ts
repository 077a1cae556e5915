import { expect, type Page } from "@playwright/test";
import type { EmulatorAccount } from "../support/emulator";

export class ConnectPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/connect");
  }

  async connect(
    keys: Pick<EmulatorAccount, "applicationKey" | "applicationSecret" | "consumerKey">,
    endpoint = "emulator",
  ) {
    await this.page.getByLabel("Endpoint").selectOption(endpoint);
    await this.page.getByLabel("Application key").fill(keys.applicationKey);
    await this.page.getByLabel("Application secret").fill(keys.applicationSecret);
    await this.page.getByLabel("Consumer key").fill(keys.consumerKey);
    await this.page.getByRole("button", { name: "Connect", exact: true }).click();
  }

  async expectSignedIn() {
    await expect(this.page.getByRole("navigation", { name: "Main" })).toBeVisible();
  }
}
