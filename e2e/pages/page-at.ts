import type { Page } from "@playwright/test";

/** A page object for a page with one fixed address: `goto()` opens it. */
export abstract class PageAt {
  protected abstract readonly path: string;

  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto(this.path);
  }
}
