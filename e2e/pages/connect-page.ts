import { expect } from "@playwright/test";
import type { EmulatorAccount } from "../support/emulator";
import { PageAt } from "./page-at";

type Keys = Pick<EmulatorAccount, "applicationKey" | "applicationSecret" | "consumerKey">;
export type ConnectField = "endpoint" | "applicationKey" | "applicationSecret" | "consumerKey";
export type RequestedAccess = "Only what ovh-keys needs (recommended)" | "Full access to the account";

/** /connect: pasted keys, the demo account, or a consumer key requested for the admin. */
export class ConnectPage extends PageAt {
  protected readonly path = "/connect";

  get heading() {
    return this.page.getByRole("heading", { name: "Connect to your OVHcloud account" });
  }

  field(label: "Application key" | "Application secret" | "Consumer key") {
    return this.page.getByLabel(label);
  }

  /** The message under a field. Located by the id aria-describedby points at, as the form has no other name for it. */
  fieldError(field: ConnectField) {
    return this.page.locator(`#${field}-error`);
  }

  message(text: string | RegExp) {
    return this.page.getByText(text);
  }

  async useDemoAccount() {
    await this.page.getByRole("button", { name: "Use the demo account" }).click();
  }

  async fillKeys(keys: Partial<Keys>, endpoint = "emulator") {
    await this.page.getByLabel("Endpoint").selectOption(endpoint);
    if (keys.applicationKey !== undefined) await this.field("Application key").fill(keys.applicationKey);
    if (keys.applicationSecret !== undefined) await this.field("Application secret").fill(keys.applicationSecret);
    if (keys.consumerKey !== undefined) await this.field("Consumer key").fill(keys.consumerKey);
  }

  get connectButton() {
    return this.page.getByRole("button", { name: "Connect", exact: true });
  }

  async submit() {
    await this.connectButton.click();
  }

  /** Types the three keys and presses Enter in the last field, as a hurried admin does (no endpoint choice). */
  async typeKeysAndPressEnter(keys: Keys) {
    await this.field("Application key").fill(keys.applicationKey);
    await this.field("Application secret").fill(keys.applicationSecret);
    await this.field("Consumer key").fill(keys.consumerKey);
    await this.field("Consumer key").press("Enter");
  }

  async connect(keys: Keys, endpoint = "emulator") {
    await this.fillKeys(keys, endpoint);
    await this.submit();
  }

  async expectSignedIn() {
    await expect(this.page.getByRole("navigation", { name: "Main" })).toBeVisible();
  }

  /** "Do you have a consumer key?" → "No, request one for me". */
  async chooseToRequestAConsumerKey() {
    await this.page.getByLabel("No, request one for me").check();
  }

  access(option: RequestedAccess) {
    return this.page.getByLabel(option);
  }

  async chooseAccess(option: RequestedAccess) {
    await this.access(option).check();
  }

  async requestConsumerKey() {
    await this.page.getByRole("button", { name: "Request a consumer key" }).click();
  }
}
