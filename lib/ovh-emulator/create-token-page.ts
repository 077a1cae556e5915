import { httpMethods } from "@/lib/ovh/models";
import { escapeHtml, page, userText } from "./html";
import { htmlResponse } from "./responses";

// Informative stand-in for OVH's /createToken/ page: lists the access rules prefilled by its
// query string (?GET=/me&POST=/domain/*). Token requests go through POST /auth/credential.

export function handleCreateToken(url: URL, basePath: string): Response {
  const rules = [...url.searchParams.entries()]
    .map(([method, path]) => ({ method: method.toUpperCase(), path }))
    .filter((rule) => (httpMethods as readonly string[]).includes(rule.method));
  const rows = rules
    .map(
      (rule) => `<tr><td><code>${escapeHtml(rule.method)}</code></td><td><code>${userText(rule.path)}</code></td></tr>`,
    )
    .join("");
  const table =
    rules.length > 0
      ? `<table><caption class="hint">Prefilled access rules</caption><thead><tr><th scope="col">Method</th><th scope="col">Path</th></tr></thead><tbody>${rows}</tbody></table>`
      : "<p>No access rule was prefilled. Add some to the address, for example <code>?GET=/me&amp;POST=/domain/*</code>.</p>";
  return htmlResponse(
    page(
      "Create a token",
      `<h1>Create a token</h1>
${table}
<p>This emulator does not create tokens from this page. Ask for one with
<code>POST ${escapeHtml(basePath)}/1.0/auth/credential</code> and your application key, then open the
<code>validationUrl</code> it returns.</p>`,
    ),
  );
}
