import "server-only";
import { z } from "zod";
import { endpointBaseUrl } from "@/lib/ovh/endpoints";
import { EmulatorControlError, emulatorControl } from "@/lib/ovh-emulator/control-client";

const demoKeysSchema = z.object({
  applicationKey: z.string(),
  applicationSecret: z.string(),
  consumerKey: z.string(),
});

/**
 * A fresh seeded account in the emulator for this visitor: each click gets its own sandbox, so
 * demo visitors and parallel tests never revoke each other's credentials.
 */
export async function createDemoAccount(): Promise<z.infer<typeof demoKeysSchema>> {
  try {
    return demoKeysSchema.parse(await emulatorControl(endpointBaseUrl("emulator")).createAccount({}));
  } catch (err) {
    if (!(err instanceof EmulatorControlError)) throw err;
    throw new Error(`The OVH API emulator did not create a demo account (HTTP ${err.status}).`);
  }
}
