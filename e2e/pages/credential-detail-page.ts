import type { Page } from "@playwright/test";

/** /credentials/[id]: one credential's details, its allowed IPs, quarantine, Revoke and Replace. */
export class CredentialDetailPage {
  constructor(readonly page: Page) {}

  async goto(credentialId: number | string) {
    return this.page.goto(`/credentials/${credentialId}`);
  }

  heading(name: string | RegExp) {
    return this.page.getByRole("heading", { name });
  }

  get details() {
    return this.page.getByRole("region", { name: "Details" });
  }

  text(text: string | RegExp, options: { exact?: boolean } = {}) {
    return this.page.getByText(text, options);
  }

  applicationLink(name: string) {
    return this.page.getByRole("link", { name });
  }

  async replace() {
    await this.page.getByRole("link", { name: "Replace" }).click();
  }

  // Revoke

  async openRevoke() {
    await this.page.getByRole("button", { name: "Revoke…" }).click();
  }

  /** The revoke dialog; named "Revoke credential #id" when the credential may be revoked from here. */
  revokeDialog(credentialId?: number) {
    return credentialId === undefined
      ? this.page.getByRole("dialog")
      : this.page.getByRole("dialog", { name: `Revoke credential #${credentialId}` });
  }

  get revokeButton() {
    return this.revokeDialog().getByRole("button", { name: "Revoke credential" });
  }

  async typeCredentialId(text: string) {
    await this.revokeDialog()
      .getByLabel(/Type the credential id/)
      .fill(text);
  }

  async closeDialog() {
    await this.revokeDialog().getByRole("button", { name: "Close" }).click();
  }

  // Allowed IPs

  get allowedIps() {
    return this.page.getByRole("region", { name: "Edit allowed IPs" });
  }

  get addresses() {
    return this.allowedIps.getByRole("textbox", { name: "Addresses and ranges" });
  }

  async restrictToAddresses() {
    await this.allowedIps.getByLabel("Only from the addresses below").check();
  }

  async allowAnyAddress() {
    await this.allowedIps.getByLabel("No restriction (any address)").check();
  }

  async saveAllowedIps() {
    await this.allowedIps.getByRole("button", { name: "Save allowed IPs" }).click();
  }

  allowedIpsError(text: RegExp) {
    return this.allowedIps.getByText(text);
  }

  // Quarantine

  get quarantinePanel() {
    return this.page.getByRole("region", { name: "Quarantine" });
  }

  get quarantineButton() {
    return this.quarantinePanel.getByRole("button", { name: "Quarantine" });
  }

  async quarantine() {
    await this.quarantineButton.click();
  }

  get restorePreviousButton() {
    return this.quarantinePanel.getByRole("button", { name: "Restore previous allowed IPs" });
  }

  async restorePreviousAllowedIps() {
    await this.restorePreviousButton.click();
  }

  /** The notice after a quarantine: done, or refused before OVH was called. */
  quarantined(credentialId: number) {
    return this.page.getByText(`Credential #${credentialId} quarantined.`);
  }

  get quarantineRefused() {
    return this.quarantinePanel.getByText("Nothing was changed.");
  }

  restored(credentialId: number) {
    return this.page.getByText(`Credential #${credentialId} restored.`);
  }

  /** Saves the previous allowed IPs as the JSON file Restore reads back; returns the download. */
  async downloadPreviousAllowedIps() {
    const downloading = this.page.waitForEvent("download");
    await this.quarantinePanel.getByRole("button", { name: "Download previous allowed IPs" }).click();
    return downloading;
  }

  get restoreFromFileInput() {
    return this.quarantinePanel.getByLabel("Restore from a downloaded list");
  }

  // Not found

  get notFound() {
    return this.page.getByRole("heading", { name: "Credential not found" });
  }

  async backToAllCredentials() {
    await this.page.getByRole("link", { name: "Back to all credentials" }).click();
  }
}
