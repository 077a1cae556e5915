import type { AccessRule } from "@/lib/ovh/models";

// OVH's createToken page prefills its rules from the query string, one `METHOD=path` pair per
// rule (`?GET=/me&POST=/order/*`), as in the OVH guides and ovhcloud-cli's login links. The page
// URL itself comes from lib/ovh/endpoints.ts (createTokenPageUrl), the one list of OVH addresses.

// `/` and `*` are legal in a query and keep the link readable; everything else is percent-encoded.
const encodeValue = (path: string) => encodeURIComponent(path).replace(/%2F/g, "/");

/** The createToken page URL with `rules` appended in order; existing query parameters are kept. */
export function createTokenLink(pageUrl: string, rules: readonly AccessRule[]): string {
  const url = new URL(pageUrl);
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new TypeError("The createToken page must be an http(s) URL.");
  }
  const pairs = rules.map((rule) => `${rule.method}=${encodeValue(rule.path)}`);
  const existing = url.search.slice(1);
  const query = [existing, ...pairs].filter(Boolean).join("&");
  return `${url.origin}${url.pathname}${query ? `?${query}` : ""}${url.hash}`;
}
