"use client";

import { useCallback, useState } from "react";
import { readErrorBody } from "@/lib/http/errors";
import { useAuditChange } from "@/lib/query/use-audit-change";
import type { RevocationResult } from "@/lib/revocation/bulk";
import { revocationDecoder } from "@/lib/revocation/stream";

export type BulkRevokeState =
  | { phase: "idle" }
  | { phase: "running"; total: number; results: RevocationResult[]; skippedCurrent: boolean }
  | { phase: "done"; total: number; results: RevocationResult[]; skippedCurrent: boolean; error?: string };

/** Streams POST /api/credentials/revoke: one NDJSON line per settled credential drives the progress bar. */
export function useBulkRevoke() {
  const auditChanged = useAuditChange();
  const [state, setState] = useState<BulkRevokeState>({ phase: "idle" });

  /** `ids` never holds the session's own credential: the selection helpers leave it out, and so does the server. */
  const run = useCallback(
    async (ids: number[]) => {
      const results: RevocationResult[] = [];
      let total = ids.length;
      let skippedCurrent = false;
      setState({ phase: "running", total, results: [], skippedCurrent });
      let error: string | undefined;
      try {
        const response = await fetch("/api/credentials/revoke", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ ids }),
        });
        if (!response.ok || !response.body) {
          const { message } = readErrorBody(await response.json().catch(() => null));
          throw new Error(message ?? `The revocation could not start (HTTP ${response.status}).`);
        }
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        const decode = revocationDecoder();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          for (const event of decode(value)) {
            if (event.type === "start") {
              total = event.total;
              skippedCurrent = event.skippedCurrent;
            } else if (event.type === "result") {
              const { type: _, ...result } = event;
              results.push(result);
            }
          }
          setState({ phase: "running", total, results: [...results], skippedCurrent });
        }
      } catch (err) {
        error = err instanceof Error ? err.message : "The revocation stopped unexpectedly.";
      }
      // Whatever was not reported is unknown to the page: it counts as failed so Retry failed covers it.
      const reported = new Set(results.map((result) => result.id));
      for (const id of ids) {
        if (!reported.has(id)) {
          results.push({ id, outcome: "failed", message: error ?? "No answer for this credential." });
        }
      }
      setState({ phase: "done", total, results, skippedCurrent, error });
      await auditChanged();
    },
    [auditChanged],
  );

  const reset = useCallback(() => setState({ phase: "idle" }), []);
  return { state, run, reset };
}
