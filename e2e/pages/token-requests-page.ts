import { PageAt } from "./page-at";

/** /token-requests: the requests this browser made, with their status. */
export class TokenRequestsPage extends PageAt {
  protected readonly path = "/token-requests";

  get heading() {
    return this.page.getByRole("heading", { name: "Token requests", level: 1 });
  }

  /** A request's link, named by its rules, e.g. /3 rules on \/me/. */
  request(name: string | RegExp) {
    return this.page.getByRole("link", { name });
  }

  status(text: string) {
    return this.page.getByText(text, { exact: true });
  }

  text(text: string | RegExp) {
    return this.page.getByText(text);
  }
}
