import type { APIRequestContext, APIResponse } from "@playwright/test";
import type { ServerAction } from "./next-build";
import { concrete } from "./next-build";

// Calls a server action over HTTP the way React's client does: POST to a page with the Next-Action
// header, arguments as a JSON array (text) or, when they include FormData, as multipart.

export type ActionArgs =
  | { kind: "json"; text: string }
  | { kind: "form"; root: string; fields: Record<string, string> };

export async function callAction(
  request: APIRequestContext,
  baseURL: string,
  action: ServerAction,
  args: ActionArgs,
  { origin = baseURL, fill = () => "1" }: { origin?: string; fill?: (param: string) => string } = {},
): Promise<APIResponse> {
  const url = `${baseURL}${concrete(action.pagePattern, fill)}`;
  const headers = { "Next-Action": action.id, Origin: origin, Accept: "text/x-component" };
  if (args.kind === "json") {
    return request.post(url, {
      headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" },
      data: args.text,
      maxRedirects: 0,
      failOnStatusCode: false,
    });
  }
  // As React sends it: the entries of FormData argument 1 ("_1_" prefix) first, the root model "0" last,
  // since the server resolves "$K1" as soon as it reads the root.
  const multipart = new FormData();
  for (const [name, value] of Object.entries(args.fields)) multipart.append(`_1_${name}`, value);
  multipart.append("0", args.root);
  return request.post(url, { headers, multipart, maxRedirects: 0, failOnStatusCode: false });
}

/** A 4xx with a message, a redirect, or an ActionState error: what a refused action call may look like. */
export function isReadableRefusal(status: number, headers: Record<string, string>, text: string): boolean {
  if (status >= 400 && status < 500) return /"message":"[^"]{8,}/.test(text) || /[A-Za-z]{4,} [A-Za-z]{3,}/.test(text);
  if ((status >= 300 && status < 400) || headers["x-action-redirect"]) return true;
  return /"status":"error"/.test(text) && /"message":"[^"]{8,}/.test(text) && !/"status":"ok"/.test(text);
}
