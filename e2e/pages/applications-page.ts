import { PageAt } from "./page-at";
import { RevocationDialog } from "./revocation-dialog";

/** /applications: every application, owned and foreign, and Delete keyless applications. */
export class ApplicationsPage extends PageAt {
  protected readonly path = "/applications";

  get list() {
    return this.page.getByRole("list", { name: "Applications" });
  }

  get items() {
    return this.list.getByRole("listitem");
  }

  applicationLink(name: string) {
    return this.list.getByRole("link", { name });
  }

  text(text: string, options: { exact?: boolean } = {}) {
    return this.list.getByText(text, options);
  }

  keylessButton(name: string) {
    return this.page.getByRole("button", { name });
  }

  async openDeleteKeyless(count: number) {
    await this.keylessButton(`Delete keyless applications (${count})…`).click();
    return new RevocationDialog(this.page.getByRole("dialog", { name: "Delete keyless applications" }));
  }
}
