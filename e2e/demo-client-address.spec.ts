import { expect, test } from "@playwright/test";
import { signRequest } from "../lib/ovh/signature";
import { createAccount, type EmulatorAccount } from "./emulator";

// The mounted emulator checks allowed IPs against the connection's address: a caller cannot claim
// another one with X-Forwarded-For (no trusted proxy is configured for the e2e server).

async function signed(baseURL: string, keys: EmulatorAccount, method: string, path: string, options = {}) {
  const { body = "", headers = {} } = options as { body?: string; headers?: Record<string, string> };
  const url = `${baseURL}/api/ovh-emulator/1.0${path}`;
  const time = Number(await (await fetch(`${baseURL}/api/ovh-emulator/1.0/auth/time`)).text());
  const signature = signRequest({
    appSecret: keys.applicationSecret,
    consumerKey: keys.consumerKey,
    method,
    url,
    body,
    timestamp: time,
  });
  return fetch(url, {
    method,
    body: body || undefined,
    headers: {
      ...headers,
      ...(body ? { "Content-Type": "application/json" } : {}),
      "X-Ovh-Application": keys.applicationKey,
      "X-Ovh-Consumer": keys.consumerKey,
      "X-Ovh-Timestamp": String(time),
      "X-Ovh-Signature": signature,
    },
  });
}

test("a spoofed X-Forwarded-For does not pass a credential's allowed IPs", async ({ request, baseURL }) => {
  const base = baseURL ?? "";
  const account = await createAccount(request, { credentials: 3 });
  const current = (await (await signed(base, account, "GET", "/auth/currentCredential")).json()) as {
    credentialId: number;
  };
  const restrict = await signed(base, account, "PUT", `/me/api/credential/${current.credentialId}`, {
    body: JSON.stringify({ allowedIPs: ["203.0.113.7/32"] }),
  });
  expect(restrict.status).toBe(200);

  const spoofed = await signed(base, account, "GET", "/me", { headers: { "X-Forwarded-For": "203.0.113.7" } });
  expect(spoofed.status).toBe(403);
  expect(((await spoofed.json()) as { errorCode: string }).errorCode).toBe("FORBIDDEN");
});
