import { expect, type Page } from "@playwright/test";

/** /token-requests/new: access rule rows, templates and submission (also the Replace form). */
export class TokenRequestForm {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/token-requests/new");
    await expect(this.heading("New token request")).toBeVisible();
    await this.expectReady();
  }

  /** The form answers the keyboard (Enter adds a rule) once hydrated: its Create button is enabled then. */
  async expectReady() {
    await expect(this.page.getByRole("button", { name: "Create token request" })).toBeEnabled();
  }

  heading(name: string) {
    return this.page.getByRole("heading", { name });
  }

  rows() {
    return this.page.getByTestId("rule-row");
  }

  /** The path field of every rule, or of rule `index` (0-based). */
  path(index?: number) {
    const paths = this.page.getByLabel("Path");
    return index === undefined ? paths : paths.nth(index);
  }

  async setRule(index: number, method: string, path: string, options: { recursive?: boolean } = {}) {
    const row = this.rows().nth(index);
    await row.getByLabel("Method").selectOption(method);
    await row.getByLabel("Path").fill(path);
    await row.getByLabel("Path").press("Escape");
    await row.getByLabel("Recursive").setChecked(options.recursive ?? false);
  }

  async addRule() {
    await this.page.getByRole("button", { name: "Add a rule" }).click();
  }

  /** The Remove button of rule `number` (1-based, as its accessible name says). */
  removeRuleButton(number: number) {
    return this.page.getByRole("button", { name: `Remove rule ${number}` });
  }

  async applyTemplate(name: string) {
    await this.page.getByRole("button", { name: `Apply the ${name} template` }).click();
  }

  /** The form's own explanations and warnings, e.g. "Grants GET /me and GET /me/*". */
  text(text: string | RegExp) {
    return this.page.getByText(text);
  }

  /** Requests the key for another application than the tool's own. */
  async forAnotherApplication(applicationKey: string) {
    await this.page.getByLabel("The tool's own application").check();
    await this.page.getByLabel("Other application key").fill(applicationKey);
  }

  async submit() {
    await this.create();
    await expect(this.page).toHaveURL(/\/token-requests\/[0-9a-f-]{36}$/);
  }

  /** Presses Create, whatever follows: the request's page, or a refusal on the form. */
  async create() {
    await this.page.getByRole("button", { name: "Create token request" }).click();
  }

  /** The refusal when this browser session cannot hold one more request: nothing reached OVH. */
  get sessionFullRefusal() {
    return this.page.getByText("Nothing was requested from OVH.");
  }
}
