import type { Knobs, Stats } from "./model";

// A typed client for the emulator's control API (/_emulator/, unsigned, only mounted when
// OVH_EMULATOR=on): the one way scripts, benchmarks and the demo account create and inspect accounts.

export type EmulatorKeys = {
  applicationKey: string;
  applicationSecret: string;
  consumerKey: string;
};

export type GroundTruth = {
  stats: Stats;
  applications: { applicationId: number; name: string; owned: boolean }[];
  credentials: { credentialId: number; applicationId: number; status: string }[];
};

export type AccountShape = {
  seed: string;
  credentials: number;
  expiredRatio: number;
  applications: number;
  foreignApplications: number;
  knobs: Partial<Knobs>;
};

export type EmulatorControl = {
  /** The API base URL, e.g. http://127.0.0.1:3131/1.0 */
  endpoint: string;
  createAccount(shape: Partial<AccountShape>): Promise<EmulatorKeys>;
  groundTruth(account: EmulatorKeys): Promise<GroundTruth>;
  resetStats(account: EmulatorKeys): Promise<void>;
  removeAccount(account: EmulatorKeys): Promise<void>;
};

export class EmulatorControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "EmulatorControlError";
  }
}

/** The control API of the emulator serving `endpoint` (standalone …/1.0, or mounted …/api/ovh-emulator/1.0). */
export function emulatorControl(endpoint: string): EmulatorControl {
  const root = endpoint.replace(/\/+$/, "").replace(/\/(1\.0|v1)$/, "");
  async function control(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${root}/_emulator${path}`, {
      method,
      cache: "no-store",
      headers: body === undefined ? undefined : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      throw new EmulatorControlError(response.status, `emulator control ${method} ${path}: HTTP ${response.status}`);
    }
    return response.json();
  }
  const accountPath = (account: EmulatorKeys) => `/accounts/${encodeURIComponent(account.applicationKey)}`;
  return {
    endpoint,
    createAccount: async (shape) => (await control("POST", "/accounts", shape)) as EmulatorKeys,
    groundTruth: async (account) => (await control("GET", accountPath(account))) as GroundTruth,
    resetStats: async (account) => {
      await control("POST", `${accountPath(account)}/reset-stats`);
    },
    removeAccount: async (account) => {
      await control("DELETE", accountPath(account));
    },
  };
}
