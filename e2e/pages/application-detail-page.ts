import type { Page } from "@playwright/test";

/** /applications/[id]: one application, its findings, and Revoke application with its blast radius. */
export class ApplicationDetailPage {
  constructor(readonly page: Page) {}

  async goto(applicationId: number | string | undefined) {
    return this.page.goto(`/applications/${applicationId}`);
  }

  heading(name: string) {
    return this.page.getByRole("heading", { name });
  }

  text(text: string | RegExp) {
    return this.page.getByText(text);
  }

  get revokeApplicationButton() {
    return this.page.getByRole("button", { name: "Revoke application…" });
  }

  async openRevoke() {
    await this.revokeApplicationButton.click();
  }

  get revokeDialog() {
    return this.page.getByRole("dialog", { name: "Revoke application" });
  }

  /** How many credentials go with the application. */
  get blastCount() {
    return this.revokeDialog.getByTestId("blast-count");
  }

  get nameConfirmation() {
    return this.revokeDialog.getByLabel(/Type the application's name/);
  }

  revokeButton(credentialCount: number) {
    return this.revokeDialog.getByRole("button", { name: `Revoke application and ${credentialCount} credentials` });
  }

  /** The dialog's warning when the application may not be revoked from here. */
  get revokeRefusal() {
    return this.revokeDialog.getByRole("alert");
  }

  async closeDialog() {
    await this.revokeDialog.getByRole("button", { name: "Close" }).click();
  }

  findingLink(title: string | RegExp) {
    return this.page.getByRole("list", { name: "Findings among its credentials" }).getByRole("link", { name: title });
  }

  get notFound() {
    return this.page.getByRole("heading", { name: "Application not found" });
  }
}
