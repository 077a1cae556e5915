import "server-only";
import { sessionAudit } from "@/lib/inventory/session-audit";
import { auditQuery } from "@/lib/query/audit";
import { getQueryClient } from "@/lib/query/client";
import { leaveIfCredentialInvalidOrThrow } from "@/lib/session/credential-invalid";
import { requireOvh } from "@/lib/session/state";

/** Server side of the audit cache contract: the page renders with data, the client owns it after. */
export async function prefetchAudit() {
  const context = await requireOvh();
  const queryClient = getQueryClient();
  await queryClient.prefetchQuery({
    ...auditQuery.options(),
    queryFn: () =>
      sessionAudit(context)
        .then((audit) => audit.snapshot())
        .catch(leaveIfCredentialInvalidOrThrow),
  });
  return queryClient;
}
