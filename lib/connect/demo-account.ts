import "server-only";
import { z } from "zod";
import { endpointBaseUrl } from "@/lib/ovh/endpoints";
import { EmulatorControlError, emulatorControl } from "@/lib/ovh-emulator/control-client";

const demoKeysSchema = z.object({
  applicationKey: z.string(),
  applicationSecret: z.string(),
  consumerKey: z.string(),
});

export type DemoKeys = z.infer<typeof demoKeysSchema>;

/** Thrown with a message for the visitor (the demo is full, the emulator did not answer). */
export class DemoAccountError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DemoAccountError";
  }
}

/**
 * A fresh seeded account in the emulator for this visitor: each click gets its own sandbox, so
 * demo visitors and parallel tests never revoke each other's credentials. The mounted emulator (this
 * process) creates it in-process, within its cap and expiry (lib/ovh-emulator/demo-accounts.ts), so its
 * control API can stay closed; a standalone emulator (OVH_EMULATOR_URL elsewhere) through its control API.
 */
export async function createDemoAccount(): Promise<DemoKeys> {
  const endpoint = endpointBaseUrl("emulator");
  const { SHARED_BASE_PATH, getSharedEmulator } = await import("@/lib/ovh-emulator/shared");
  if (new URL(endpoint).pathname.startsWith(`${SHARED_BASE_PATH}/`)) {
    const created = getSharedEmulator().demoAccounts.create();
    if (!created.ok) throw new DemoAccountError(created.message);
    return demoKeysSchema.parse(created.account.keys);
  }
  try {
    return demoKeysSchema.parse(await emulatorControl(endpoint).createAccount({}));
  } catch (err) {
    if (!(err instanceof EmulatorControlError)) throw err;
    throw new DemoAccountError(`The OVH API emulator did not create a demo account (HTTP ${err.status}).`);
  }
}
