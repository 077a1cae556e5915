import type { DemoAccounts } from "./demo-accounts";
import { htmlResponse, seeOther } from "./responses";
import type { Store } from "./store";
import { renderDecisionPage, renderUnknownTokenPage, renderValidationForm, validityOptions } from "./validation-page";

// GET shows the consent page for a pending credential; POST signs in and decides. The token
// works once; whichever emulated account signs in gets the credential. Afterwards the browser goes to the credential's redirection (http/https only).

export async function handleValidation(
  store: Store,
  request: Request,
  url: URL,
  nowMs: number,
  demoAccounts?: DemoAccounts,
): Promise<Response> {
  const token = url.searchParams.get("credentialToken") ?? "";
  const found = token ? store.findToken(token) : undefined;
  const held = found && demoAccounts?.expireIfIdle(found.account) ? undefined : found;
  if (held) demoAccounts?.touch(held.account);
  const application = held?.account.applications.get(held.credential.applicationId);
  if (!held || !application || held.credential.status !== "pendingValidation") {
    return htmlResponse(renderUnknownTokenPage(), 404);
  }
  const { account, credential } = held;
  const view = { token, application, credential, hint: { login: account.keys.login, password: account.keys.password } };
  if (request.method === "GET" || request.method === "HEAD") return htmlResponse(renderValidationForm(view));
  if (request.method !== "POST") return htmlResponse(renderUnknownTokenPage(), 405);

  const form = new URLSearchParams(await request.text());
  const login = (form.get("login") ?? "").trim();
  const validity = form.get("validity") ?? undefined;
  const rerender = (error: string) => htmlResponse(renderValidationForm({ ...view, error, login, validity }));

  // As on OVH, whoever signs in validates: any emulated account may, and then the credential is its own.
  const validator = store.findAccountBySignIn(login, form.get("password") ?? "");
  if (!validator) return rerender("Wrong account ID or password.");
  const decision = form.get("decision");
  if (decision === "authorize") {
    const option = validityOptions.find((o) => o.value === validity);
    if (!option) return rerender("Choose a validity.");
    credential.status = "validated";
    credential.expiration = option.seconds === null ? null : nowMs + option.seconds * 1000;
    store.transferCredential(account, validator, credential);
  } else if (decision === "refuse") {
    credential.status = "refused";
  } else {
    return rerender("Choose Authorize or Refuse.");
  }
  store.consumeToken(credential);
  const target = safeRedirect(credential.redirection);
  return target ? seeOther(target) : htmlResponse(renderDecisionPage(decision === "authorize"));
}

function safeRedirect(redirection: string | null): string | null {
  if (!redirection) return null;
  try {
    const url = new URL(redirection);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}
