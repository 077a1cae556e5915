import "server-only";
import { z } from "zod";
import { endpointBaseUrl } from "@/lib/ovh/endpoints";

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
  const base = endpointBaseUrl("emulator").replace(/\/(1\.0|v1)$/, "");
  const response = await fetch(`${base}/_emulator/accounts`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({}),
    cache: "no-store",
  });
  if (!response.ok) throw new Error(`The OVH API emulator did not create a demo account (HTTP ${response.status}).`);
  return demoKeysSchema.parse(await response.json());
}
