import "server-only";
import { requireOvh } from "@/lib/auth";
import { auditQuery } from "@/lib/queries";
import { getQueryClient } from "@/lib/query-client";
import { sessionAudit } from "@/lib/session-audit";
import { endSessionIfCredentialInvalid } from "@/lib/session-context";

/** Server side of the audit cache contract: the page renders with data, the client owns it after. */
export async function prefetchAudit() {
  const context = await requireOvh();
  const queryClient = getQueryClient();
  await queryClient.prefetchQuery({
    ...auditQuery.options(),
    queryFn: () =>
      sessionAudit(context)
        .then((audit) => audit.snapshot())
        .catch(endSessionIfCredentialInvalid),
  });
  return queryClient;
}
