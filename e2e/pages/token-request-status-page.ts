import type { Page } from "@playwright/test";
import { ValidationPage } from "./validation-page";

/** /token-requests/[id]: a request's status, its key hand-off, and Replace's switch and revoke of the old one. */
export class TokenRequestStatusPage {
  constructor(readonly page: Page) {}

  /** The consumer key, shown once, on the page that created the request. */
  get consumerKey() {
    return this.page.getByTestId("consumer-key");
  }

  async consumerKeyText(): Promise<string> {
    return (await this.consumerKey.textContent()) ?? "";
  }

  status(text: "Pending validation" | "Validated" | "Refused" | "Not followed") {
    return text === "Pending validation" || text === "Not followed"
      ? this.page.getByText(text)
      : this.page.getByText(text, { exact: true });
  }

  text(text: string | RegExp) {
    return this.page.getByText(text);
  }

  get validationLink() {
    return this.page.getByRole("link", { name: "Open the validation page" });
  }

  /** Opens the validation link in its new tab, as an admin would. */
  async openValidation(): Promise<ValidationPage> {
    const popup = this.page.waitForEvent("popup");
    await this.validationLink.click();
    return new ValidationPage(await popup);
  }

  /** The paths of the validated credential's access rules. */
  get rulePaths() {
    return this.page.getByTestId("credential-rule").locator("td:nth-child(2)");
  }

  get expiry() {
    return this.page.getByTestId("credential-expiry");
  }

  /** The hand-off as an ovh.conf file, or as environment variables once that tab is shown. */
  get ovhConf() {
    return this.page.getByTestId("handoff-ovh-conf");
  }

  get environment() {
    return this.page.getByTestId("handoff-env");
  }

  async showEnvironment() {
    await this.page.getByRole("tab", { name: "Environment" }).click();
  }

  get useForSessionButton() {
    return this.page.getByRole("button", { name: "Use for this session" });
  }

  async useForSession() {
    await this.useForSessionButton.click();
  }

  /** Use for this session's refusal of a credential that belongs to another OVH account. */
  otherAccountRefusal(credentialAccount: string, sessionAccount: string) {
    return this.page.getByText(
      `This credential belongs to OVH account ${credentialAccount}, not to ${sessionAccount}, the account this session manages. It was not used.`,
    );
  }

  get oldLastUse() {
    return this.page.getByTestId("old-last-use");
  }

  get newLastUse() {
    return this.page.getByTestId("new-last-use");
  }

  get revokeOldButton() {
    return this.page.getByRole("button", { name: "Revoke the old credential" });
  }

  revokeOldDialog(oldId: number) {
    return this.page.getByRole("dialog", { name: `Revoke credential #${oldId}?` });
  }

  revokeOldDialogText(oldId: number, text: string | RegExp) {
    return this.revokeOldDialog(oldId).getByText(text);
  }

  async confirmRevokeOld(oldId: number) {
    await this.revokeOldDialog(oldId)
      .getByRole("button", { name: `Revoke credential #${oldId}` })
      .click();
  }
}
