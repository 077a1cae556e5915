import type { Page } from "@playwright/test";
import type { EmulatorAccount } from "../support/emulator";

/** The emulator's stand-in for OVH's page behind validationUrl. */
export class ValidationPage {
  constructor(readonly page: Page) {}

  private async signIn(account: Pick<EmulatorAccount, "login" | "password">) {
    await this.page.getByLabel("Account ID").fill(account.login);
    await this.page.getByLabel("Password").fill(account.password);
  }

  async authorize(account: Pick<EmulatorAccount, "login" | "password">, validity: string) {
    await this.signIn(account);
    await this.page.getByLabel("Validity").selectOption({ label: validity });
    await this.page.getByRole("button", { name: "Authorize" }).click();
  }

  async refuse(account: Pick<EmulatorAccount, "login" | "password">) {
    await this.signIn(account);
    await this.page.getByRole("button", { name: "Refuse" }).click();
  }
}
