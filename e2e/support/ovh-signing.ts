import { signRequest } from "../../lib/ovh/signature";
import type { EmulatorAccount } from "./emulator";

/** A signed call straight to the emulator, as any OVH client would make it (used to set up test states). */
export async function signedCall(
  baseURL: string,
  keys: Pick<EmulatorAccount, "applicationKey" | "applicationSecret" | "consumerKey">,
  method: string,
  path: string,
  body = "",
  extraHeaders: Record<string, string> = {},
) {
  const url = `${baseURL}/api/ovh-emulator/1.0${path}`;
  const time = Number(await (await fetch(`${baseURL}/api/ovh-emulator/1.0/auth/time`)).text());
  const headers: Record<string, string> = {
    ...extraHeaders,
    "X-Ovh-Application": keys.applicationKey,
    "X-Ovh-Consumer": keys.consumerKey,
    "X-Ovh-Timestamp": String(time),
    "X-Ovh-Signature": signRequest({
      appSecret: keys.applicationSecret,
      consumerKey: keys.consumerKey,
      method,
      url,
      body,
      timestamp: time,
    }),
  };
  if (body) headers["Content-Type"] = "application/json";
  return fetch(url, { method, headers, body: body || undefined });
}

/** POST /auth/credential (unsigned): a pending consumer key and its validation URL. */
export async function requestToken(baseURL: string, applicationKey: string, rules = [{ method: "GET", path: "/*" }]) {
  const response = await fetch(`${baseURL}/api/ovh-emulator/1.0/auth/credential`, {
    method: "POST",
    headers: { "X-Ovh-Application": applicationKey, "Content-Type": "application/json" },
    body: JSON.stringify({ accessRules: rules }),
  });
  return (await response.json()) as { consumerKey: string; validationUrl: string; state: string };
}
