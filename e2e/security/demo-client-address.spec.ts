import { expect, test } from "../fixtures";
import { signedCall } from "../support/ovh-signing";

// The mounted emulator checks allowed IPs against the connection's address: a caller cannot claim
// another one with X-Forwarded-For (no trusted proxy is configured for the e2e server).

test("a spoofed X-Forwarded-For does not pass a credential's allowed IPs", async ({ emulator, baseURL }) => {
  const base = baseURL ?? "";
  const account = await emulator.createAccount({ credentials: 3 });
  const current = (await (await signedCall(base, account, "GET", "/auth/currentCredential")).json()) as {
    credentialId: number;
  };
  const restrict = await signedCall(
    base,
    account,
    "PUT",
    `/me/api/credential/${current.credentialId}`,
    JSON.stringify({ allowedIPs: ["203.0.113.7/32"] }),
  );
  expect(restrict.status).toBe(200);

  const spoofed = await signedCall(base, account, "GET", "/me", "", { "X-Forwarded-For": "203.0.113.7" });
  expect(spoofed.status).toBe(403);
  expect(((await spoofed.json()) as { errorCode: string }).errorCode).toBe("FORBIDDEN");
});
