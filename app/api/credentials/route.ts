import { z } from "zod";
import { invalidInput, withOvh } from "@/lib/http/route-handler";
import { sessionAudit } from "@/lib/inventory/session-audit";

const querySchema = z.object({ fresh: z.enum(["0", "1"]).optional() }).strict();

/**
 * The inventory (AuditWire): every credential and application as OVH returned them; the browser derives
 * the findings (auditQuery). `fresh=1` bypasses OVH's list cache after a change.
 */
export async function GET(request: Request) {
  const parsed = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return invalidInput(parsed.error);
  return withOvh(async (context) => {
    const audit = await sessionAudit(context, { fresh: parsed.data.fresh === "1" });
    return new Response(audit.wireJson(), {
      headers: { "Content-Type": "application/json", "Cache-Control": "no-store" },
    });
  });
}
