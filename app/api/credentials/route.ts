import { z } from "zod";
import { invalidInput, json, withOvh } from "@/lib/api-route";
import { packAuditSnapshot } from "@/lib/audit-wire";
import { loadAuditSnapshot } from "@/lib/inventory";

const querySchema = z.object({ fresh: z.enum(["0", "1"]).optional() }).strict();

/** Every credential with its findings, each application once (lib/audit-wire.ts). `fresh=1` bypasses OVH's list cache after a change. */
export async function GET(request: Request) {
  const parsed = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return invalidInput(parsed.error);
  return withOvh(async ({ ovh, info }) =>
    json(
      packAuditSnapshot(
        await loadAuditSnapshot(ovh, { currentCredentialId: info.credentialId, noCache: parsed.data.fresh === "1" }),
      ),
    ),
  );
}
