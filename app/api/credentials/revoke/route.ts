import { routeHandler } from "@/lib/http/route-handler";
import { OVH_CONCURRENCY } from "@/lib/ovh/concurrency";
import { deleteCredential } from "@/lib/ovh/credentials";
import { revokeEach } from "@/lib/revocation/bulk";
import { bulkRevokeSchema } from "@/lib/revocation/schema";
import { encodeRevocationEvent, REVOCATION_STREAM_CONTENT_TYPE, type RevocationEvent } from "@/lib/revocation/stream";

// Bulk revocation, streamed as NDJSON: one line per credential as it settles, then a summary line.
// It keeps going if the page closes: what was asked is done, and a second run finds the rest gone.

export const POST = routeHandler({ body: bulkRevokeSchema }, async ({ ovh, info }, { body }) => {
  // The session's own credential is never revoked by a bulk action, whatever the page sent.
  const ids = [...new Set(body.ids)].filter((id) => id !== info.credentialId);
  const skippedCurrent = body.ids.includes(info.credentialId);
  const encoder = new TextEncoder();
  let open = true;

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: RevocationEvent) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(encodeRevocationEvent(event)));
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
    headers: { "Content-Type": REVOCATION_STREAM_CONTENT_TYPE, "Cache-Control": "no-store" },
  });
});
