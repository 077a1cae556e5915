import "server-only";
import { requireOvh } from "@/lib/auth";
import { loadAuditPayload } from "@/lib/inventory";
import { auditQuery } from "@/lib/queries";
import { getQueryClient } from "@/lib/query-client";
import { endSessionIfCredentialInvalid } from "@/lib/session-context";

/** Server side of the audit cache contract: the page renders with data, the client owns it after. */
export async function prefetchAudit() {
  const { ovh, info } = await requireOvh();
  const queryClient = getQueryClient();
  await queryClient.prefetchQuery({
    ...auditQuery.options(),
    queryFn: () =>
      loadAuditPayload(ovh, { currentCredentialId: info.credentialId }).catch(endSessionIfCredentialInvalid),
  });
  return queryClient;
}
