import { readJsonBody } from "@/lib/http/json-body";
import { apiError, connectedOrRefusal, invalidInput } from "@/lib/http/route-handler";
import { isSameOrigin } from "@/lib/http/same-origin";
import { OVH_CONCURRENCY } from "@/lib/ovh/concurrency";
import { deleteCredential } from "@/lib/ovh/credentials";
import { revokeEach } from "@/lib/revocation/bulk";
import { bulkRevokeSchema } from "@/lib/revocation/schema";

// Bulk revocation, streamed as NDJSON: one line per credential as it settles, then a summary line.
// It keeps going if the page closes: what was asked is done, and a second run finds the rest gone.

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return apiError(403, "forbidden:origin", "This request did not come from ovh-keys.");
  const body = await readJsonBody(request, bulkRevokeSchema);
  if (!body.ok)
    return body.issues ? invalidInput(body.issues) : apiError(body.status, "bad_request:body", body.message);
  const context = await connectedOrRefusal();
  if (context instanceof Response) return context;
  const { ovh, info } = context;

  // The session's own credential is never revoked by a bulk action, whatever the page sent.
  const ids = [...new Set(body.data.ids)].filter((id) => id !== info.credentialId);
  const skippedCurrent = body.data.ids.includes(info.credentialId);
  const encoder = new TextEncoder();
  let open = true;

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: unknown) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
        } catch {
          open = false;
        }
      };
      send({ type: "start", total: ids.length, skippedCurrent });
      const results = await revokeEach(ids, (id) => deleteCredential(ovh, id), {
        concurrency: OVH_CONCURRENCY,
        onResult: (result) => send({ type: "result", ...result }),
      });
      send({ type: "done", total: results.length });
      if (open) controller.close();
    },
    cancel() {
      open = false;
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" },
  });
}
