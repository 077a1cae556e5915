import type { APIRequestContext } from "@playwright/test";
import type { AccountKeys } from "../../lib/ovh-emulator/model";

// The emulator's control API (unsigned, only mounted when OVH_EMULATOR=on): each test creates its own
// account, so parallel tests never share state.

/** What the control API answers for a new account: the emulator's own account keys. */
export type EmulatorAccount = AccountKeys;

export async function createAccount(
  request: APIRequestContext,
  options: Record<string, unknown> = {},
): Promise<EmulatorAccount> {
  const response = await request.post("/api/ovh-emulator/_emulator/accounts", { data: options });
  if (!response.ok()) throw new Error(`emulator account creation failed: ${response.status()}`);
  return (await response.json()) as EmulatorAccount;
}

export async function setKnobs(request: APIRequestContext, applicationKey: string, knobs: Record<string, unknown>) {
  const response = await request.patch(`/api/ovh-emulator/_emulator/accounts/${applicationKey}`, { data: knobs });
  if (!response.ok()) throw new Error(`emulator knobs failed: ${response.status()}`);
}

export async function groundTruth(request: APIRequestContext, applicationKey: string) {
  const response = await request.get(`/api/ovh-emulator/_emulator/accounts/${applicationKey}`);
  if (!response.ok()) throw new Error(`emulator state failed: ${response.status()}`);
  return (await response.json()) as {
    stats: Record<string, unknown>;
    credentials: {
      credentialId: number;
      status: string;
      applicationId: number;
      allowedIPs: string[] | null;
      expiration?: string | null;
      lastUse?: string | null;
    }[];
  };
}

/** The account's credentials as one comparable string: equal before and after means nothing changed. */
export async function credentialsSnapshot(request: APIRequestContext, applicationKey: string) {
  return (
    (await groundTruth(request, applicationKey)).credentials
      // lastUse moves whenever the session reads; what matters is what exists and what it may do.
      .map(({ lastUse: _lastUse, ...rest }) => JSON.stringify(rest))
      .sort()
      .join("\n")
  );
}

/** The control API bound to one request context: the `emulator` fixture. */
export class EmulatorControl {
  constructor(readonly request: APIRequestContext) {}

  createAccount(options: Record<string, unknown> = {}) {
    return createAccount(this.request, options);
  }

  /** Turns faults on or off for one account (latency, errors, dropped connections, failing ids…). */
  setKnobs(applicationKey: string, knobs: Record<string, unknown>) {
    return setKnobs(this.request, applicationKey, knobs);
  }

  groundTruth(applicationKey: string) {
    return groundTruth(this.request, applicationKey);
  }

  /** What the emulated OVH counted for this account: requests and 429 answers among them. */
  async stats(applicationKey: string): Promise<{ rateLimited: number; requests: number }> {
    const response = await this.request.get(`/api/ovh-emulator/_emulator/accounts/${applicationKey}`);
    return ((await response.json()) as { stats: { rateLimited: number; requests: number } }).stats;
  }

  async resetStats(applicationKey: string) {
    await this.request.post(`/api/ovh-emulator/_emulator/accounts/${applicationKey}/reset-stats`);
  }
}
