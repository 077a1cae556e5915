import type { Page } from "@playwright/test";
import type { EmulatorAccount } from "../support/emulator";

type Login = Pick<EmulatorAccount, "login" | "password">;

/** The emulator's stand-in for OVH's page behind validationUrl. */
export class ValidationPage {
  constructor(readonly page: Page) {}

  async goto(validationUrl: string) {
    return this.page.goto(validationUrl);
  }

  /** An access rule's path as the page lists it. */
  rule(path: string) {
    return this.page.getByRole("cell", { name: path });
  }

  get accessGranted() {
    return this.page.getByRole("heading", { name: "Access granted" });
  }

  private async signIn(account: Login) {
    await this.page.getByLabel("Account ID").fill(account.login);
    await this.page.getByLabel("Password").fill(account.password);
  }

  /** Authorizes with the page's default validity when none is chosen. */
  async authorize(account: Login, validity?: string) {
    await this.signIn(account);
    if (validity) await this.page.getByLabel("Validity").selectOption({ label: validity });
    await this.submit("Authorize");
  }

  async refuse(account: Login) {
    await this.signIn(account);
    await this.submit("Refuse");
  }

  /**
   * Sends the form and waits for the page it leads to (OVH's answer, or the redirection back to the
   * dashboard). Closing the tab while that navigation is under way hung Chromium's close for minutes
   * in a CI run, so the page is settled before a test closes it.
   */
  private async submit(button: "Authorize" | "Refuse") {
    const loaded = this.page.waitForEvent("load");
    await this.page.getByRole("button", { name: button }).click();
    await loaded;
  }
}
