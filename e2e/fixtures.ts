import { test as base, expect } from "@playwright/test";
import { ApplicationDetailPage } from "./pages/application-detail-page";
import { ApplicationsPage } from "./pages/applications-page";
import { ConnectCompletePage } from "./pages/connect-complete-page";
import { ConnectPage } from "./pages/connect-page";
import { CredentialDetailPage } from "./pages/credential-detail-page";
import { CredentialsPage } from "./pages/credentials-page";
import { DashboardShell } from "./pages/dashboard-shell";
import { OverviewPage } from "./pages/overview-page";
import { RevocationJobPage } from "./pages/revocation-job-page";
import { TokenRequestForm } from "./pages/token-request-form";
import { TokenRequestStatusPage } from "./pages/token-request-status-page";
import { TokenRequestsPage } from "./pages/token-requests-page";
import { ValidationPage } from "./pages/validation-page";
import { type EmulatorAccount, EmulatorControl } from "./support/emulator";

// Every spec imports `test` from here: the page objects of the signed-in page, the emulator's control
// client, and `account`, which signs the page in to a fresh emulator account.

type Fixtures = {
  emulator: EmulatorControl;
  /** A fresh emulator account (150 credentials) with the page already signed in to it. */
  account: EmulatorAccount;
  shell: DashboardShell;
  connectPage: ConnectPage;
  connectCompletePage: ConnectCompletePage;
  validationPage: ValidationPage;
  overviewPage: OverviewPage;
  credentialsPage: CredentialsPage;
  credentialDetailPage: CredentialDetailPage;
  applicationsPage: ApplicationsPage;
  applicationDetailPage: ApplicationDetailPage;
  tokenRequestsPage: TokenRequestsPage;
  tokenRequestForm: TokenRequestForm;
  tokenRequestStatusPage: TokenRequestStatusPage;
  revocationJobPage: RevocationJobPage;
};

export const test = base.extend<Fixtures>({
  emulator: async ({ request }, use) => {
    await use(new EmulatorControl(request));
  },
  account: async ({ page, emulator }, use) => {
    const account = await emulator.createAccount();
    const connectPage = new ConnectPage(page);
    await connectPage.goto();
    await connectPage.connect(account);
    await connectPage.expectSignedIn();
    await use(account);
  },
  shell: async ({ page }, use) => use(new DashboardShell(page)),
  connectPage: async ({ page }, use) => use(new ConnectPage(page)),
  connectCompletePage: async ({ page }, use) => use(new ConnectCompletePage(page)),
  validationPage: async ({ page }, use) => use(new ValidationPage(page)),
  overviewPage: async ({ page }, use) => use(new OverviewPage(page)),
  credentialsPage: async ({ page }, use) => use(new CredentialsPage(page)),
  credentialDetailPage: async ({ page }, use) => use(new CredentialDetailPage(page)),
  applicationsPage: async ({ page }, use) => use(new ApplicationsPage(page)),
  applicationDetailPage: async ({ page }, use) => use(new ApplicationDetailPage(page)),
  tokenRequestsPage: async ({ page }, use) => use(new TokenRequestsPage(page)),
  tokenRequestForm: async ({ page }, use) => use(new TokenRequestForm(page)),
  tokenRequestStatusPage: async ({ page }, use) => use(new TokenRequestStatusPage(page)),
  revocationJobPage: async ({ page }, use) => use(new RevocationJobPage(page)),
});

export { expect };
