import { z } from "zod";
import { routeHandler } from "@/lib/http/route-handler";
import { sessionAudit } from "@/lib/inventory/session-audit";

const querySchema = z.object({ fresh: z.enum(["0", "1"]).optional() }).strict();

/**
 * The inventory (AuditWire): every credential and application as OVH returned them; the browser derives
 * the findings (auditQuery). `fresh=1` bypasses OVH's list cache after a change.
 */
export const GET = routeHandler({ query: querySchema }, async (session, { query }) => {
  const audit = await sessionAudit(session, { fresh: query.fresh === "1" });
  return new Response(audit.wireJson(), {
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store" },
  });
});
