import { test as base, expect } from "@playwright/test";
import { ConnectPage } from "./pages/connect-page";
import { createAccount, type EmulatorAccount } from "./support/emulator";

type Fixtures = {
  connectPage: ConnectPage;
  /** A fresh emulator account (150 credentials) with the page already signed in to it. */
  account: EmulatorAccount;
};

export const test = base.extend<Fixtures>({
  connectPage: async ({ page }, use) => {
    await use(new ConnectPage(page));
  },
  account: async ({ page, request }, use) => {
    const account = await createAccount(request);
    const connectPage = new ConnectPage(page);
    await connectPage.goto();
    await connectPage.connect(account);
    await connectPage.expectSignedIn();
    await use(account);
  },
});

export { expect };
