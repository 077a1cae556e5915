// No secret in a URL: a GET whose query carries a parameter named like an OVH key (a form submitted
// natively before hydration, a pasted link, a script) is answered with a 303 to the same path without
// the query, so the keys never reach a page, its RSC payload (which echoes the URL), the history or a
// log line further in. Names are compared without case or separators and generously: the camelCase
// form fields, the SDKs' snake_case config keys and the OVH_* environment names all match.

const KEY_LIKE = /secret|consumerkey|applicationkey|appkey|apikey|password|passwd/;
const SHORT_NAMES = new Set(["ak", "as", "ck"]);

export function isKeyLikeName(name: string): boolean {
  const compact = name.toLowerCase().replace(/[^a-z0-9]/g, "");
  return SHORT_NAMES.has(compact) || KEY_LIKE.test(compact);
}

export function hasKeyLikeParameter(searchParams: URLSearchParams): boolean {
  for (const name of searchParams.keys()) if (isKeyLikeName(name)) return true;
  return false;
}
