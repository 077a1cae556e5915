import { PageAt } from "./page-at";

/** / : the account's counts by status and finding, the risk score, the riskiest and expiring credentials. */
export class OverviewPage extends PageAt {
  protected readonly path = "/";

  get heading() {
    return this.page.getByRole("heading", { name: "Overview", level: 1 });
  }

  /** A status tile, e.g. "12 Expired", linking to the credentials with that status. */
  statusLink(count: number, status: string) {
    return this.page.getByRole("link", { name: `${count} ${status}`, exact: true });
  }

  totalLink(count: number) {
    return this.page.getByRole("link", { name: `${count} in all` });
  }

  get removeExpiredLink() {
    return this.page.getByRole("link", { name: /Remove expired/ });
  }

  findingLink(title: string | RegExp) {
    return this.page.getByRole("region", { name: "Credentials by finding" }).getByRole("link", { name: title });
  }

  async riskScore(): Promise<number> {
    return Number(await this.page.getByTestId("risk-score").textContent());
  }

  async explainRiskScore() {
    await this.page.getByText("How this score is computed").click();
  }

  get riskScoreExplanation() {
    return this.page.getByText(/Each finding adds its severity weight/);
  }

  get pointsByFinding() {
    return this.page.getByRole("table", { name: "Points by finding" });
  }

  /** The first credential of "Riskiest credentials", a link named "#123". */
  get riskiestCredential() {
    return this.page
      .getByRole("region", { name: "Riskiest credentials" })
      .getByRole("link", { name: /^#\d+$/ })
      .first();
  }

  get expiringSoonestFirstLink() {
    return this.page
      .getByRole("region", { name: "Expiring in the next 30 days" })
      .getByRole("link", { name: /soonest first/ });
  }

  get auditError() {
    return this.page.getByRole("alert").filter({ hasText: "The audit could not be loaded" });
  }

  get auditErrorRetry() {
    return this.auditError.getByRole("button", { name: "Retry" });
  }
}
