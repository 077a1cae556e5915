import { escapeHtml, page, userText } from "./html";
import type { StoredApplication, StoredCredential } from "./model";

// The consent page behind a validationUrl: who asks, for which access rules, sign-in,
// validity, Authorize / Refuse. Plain HTML form, so it works without script and by label.

export const validityOptions = [
  { value: "3600", label: "1 hour", seconds: 3600 },
  { value: "86400", label: "24 hours", seconds: 86_400 },
  { value: "2592000", label: "30 days", seconds: 2_592_000 },
  { value: "unlimited", label: "Unlimited", seconds: null },
] as const;

export const DEFAULT_VALIDITY = "86400";

export type ValidationView = {
  token: string;
  application: StoredApplication;
  credential: StoredCredential;
  hint: { login: string; password: string };
  error?: string;
  login?: string;
  validity?: string;
};

function rulesTable(credential: StoredCredential): string {
  if (credential.rules.length === 0) return "<p>No API route: this key could only call /auth.</p>";
  const rows = credential.rules
    .map(
      (rule) => `<tr><td><code>${escapeHtml(rule.method)}</code></td><td><code>${userText(rule.path)}</code></td></tr>`,
    )
    .join("");
  return `<table><caption class="hint">Requested access rules</caption><thead><tr><th scope="col">Method</th><th scope="col">Path</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function restrictions(credential: StoredCredential): string {
  const parts: string[] = [];
  if (credential.allowedIPs) {
    parts.push(
      `<p>Usable only from: ${credential.allowedIPs.map((ip) => `<code>${escapeHtml(ip)}</code>`).join(", ")}</p>`,
    );
  }
  if (credential.redirection)
    parts.push(`<p class="muted">Afterwards you will be sent to ${userText(credential.redirection)}</p>`);
  return parts.join("");
}

export function renderValidationForm(view: ValidationView): string {
  const { application, credential, error } = view;
  const selected = view.validity ?? DEFAULT_VALIDITY;
  const options = validityOptions
    .map((o) => `<option value="${o.value}"${o.value === selected ? " selected" : ""}>${o.label}</option>`)
    .join("");
  const invalid = error ? ` aria-invalid="true" aria-describedby="signin-error"` : "";
  const errorBlock = error ? `<p id="signin-error" class="error" role="alert">${escapeHtml(error)}</p>` : "";
  const action = `?credentialToken=${encodeURIComponent(view.token)}`;
  return page(
    "Authorize an application",
    `<h1>Authorize an application</h1>
<p>The application</p>
<p class="app">${userText(application.name, 200)}</p>
<p class="muted">${userText(application.description, 500)}</p>
<p>requests access to your OVHcloud account.</p>
${rulesTable(credential)}
${restrictions(credential)}
<form method="post" action="${escapeHtml(action)}">
<fieldset>
<legend>Sign in to the emulated account</legend>
<p class="hint">Demo account: ID <code>${escapeHtml(view.hint.login)}</code>, password <code>${escapeHtml(view.hint.password)}</code>. Sign in as another emulated account to validate as another account: the credential then belongs to it.</p>
${errorBlock}
<label for="login">Account ID</label>
<input id="login" name="login" autocomplete="username" required value="${escapeHtml(view.login ?? "")}"${invalid}>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${invalid}>
</fieldset>
<label for="validity">Validity</label>
<select id="validity" name="validity">${options}</select>
<div class="actions">
<button class="primary" type="submit" name="decision" value="authorize">Authorize</button>
<button class="secondary" type="submit" name="decision" value="refuse">Refuse</button>
</div>
</form>`,
  );
}

export function renderDecisionPage(granted: boolean): string {
  const title = granted ? "Access granted" : "Access refused";
  const detail = granted
    ? "The application can now use its consumer key."
    : "The application's consumer key has been refused and will not work.";
  return page(title, `<h1>${title}</h1><p role="status">${detail}</p><p>You may close this tab.</p>`);
}

export function renderUnknownTokenPage(): string {
  return page(
    "Unknown validation link",
    `<h1>Unknown validation link</h1>
<p role="alert">This validation link is unknown or has already been used.</p>
<p>Request a new consumer key (POST /auth/credential) to get a fresh link.</p>`,
  );
}
