import { expect, type Page } from "@playwright/test";

/** What every dashboard page shares: the main navigation, the session panel and its Disconnect menu. */
export class DashboardShell {
  constructor(readonly page: Page) {}

  get navigation() {
    return this.page.getByRole("navigation", { name: "Main" });
  }

  navLink(name: string) {
    return this.navigation.getByRole("link", { name, exact: true });
  }

  /** A page's own title (its one level-1 heading). */
  heading(name?: string | RegExp) {
    return name === undefined
      ? this.page.getByRole("heading", { level: 1 }).first()
      : this.page.getByRole("heading", { name, level: 1 });
  }

  get nichandle() {
    return this.page.getByTestId("nichandle");
  }

  /** The credential the session signs with, shown as "#123". */
  get sessionCredential() {
    return this.page.getByTestId("session-credential");
  }

  async sessionCredentialId(): Promise<number> {
    return Number(((await this.sessionCredential.textContent()) ?? "").replace("#", ""));
  }

  get sessionPanel() {
    return this.page.getByLabel("Session");
  }

  /** Shown when OVH keeps failing GET /me: the page still works without the account's details. */
  get sessionDetailsBanner() {
    return this.page.getByRole("status", { name: "Session details unavailable" });
  }

  async retrySessionDetails() {
    await this.sessionDetailsBanner.getByRole("button", { name: "Retry" }).click();
  }

  /** What the session panel says, e.g. when the session's credential expires. */
  sessionPanelText(text: string | RegExp) {
    return this.sessionPanel.getByText(text);
  }

  /** A confirmation or notice the dashboard shows after an action. */
  notice(text: string | RegExp) {
    return this.page.getByText(text);
  }

  async expectSignedIn() {
    await expect(this.navigation).toBeVisible();
  }

  private async openDisconnectMenu() {
    await this.page.getByText("Disconnect", { exact: true }).first().click();
  }

  async disconnect() {
    await this.openDisconnectMenu();
    await this.page.getByRole("button", { name: "Disconnect", exact: true }).click();
  }

  async disconnectAndExpire() {
    await this.openDisconnectMenu();
    await this.page.getByRole("button", { name: "Disconnect and expire this credential" }).click();
  }

  /** The header's link to the session's revocation job ("Revoking: 34 of 86", then "Revocation done"). */
  get revocationIndicator() {
    return this.page.getByRole("link", { name: /^(Revoking: \d+ of \d+|Revocation done)/ });
  }

  get runningRevocationIndicator() {
    return this.page.getByRole("link", { name: /^Revoking: \d+ of \d+/ });
  }
}
