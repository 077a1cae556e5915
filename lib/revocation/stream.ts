import type { RevocationResult } from "@/lib/revocation/bulk";

// The bulk-revocation stream, one JSON event per line: `start` once, a `result` per credential as it
// settles, `done` at the end. The route encodes it and the hook decodes it, so both read this one type.

export type RevocationEvent =
  | { type: "start"; total: number; skippedCurrent: boolean }
  | ({ type: "result" } & RevocationResult)
  | { type: "done"; total: number };

export const REVOCATION_STREAM_CONTENT_TYPE = "application/x-ndjson; charset=utf-8";

export function encodeRevocationEvent(event: RevocationEvent): string {
  return `${JSON.stringify(event)}\n`;
}

const outcomes = new Set<unknown>(["revoked", "already-gone", "failed"]);
const optionalText = (value: unknown) => value === undefined || typeof value === "string";

/** One line as an event, or null for anything else: the page must not trust a line it cannot read. */
export function decodeRevocationEvent(line: string): RevocationEvent | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const event = value as Record<string, unknown>;
  if (event.type === "start" && Number.isSafeInteger(event.total) && typeof event.skippedCurrent === "boolean") {
    return { type: "start", total: event.total as number, skippedCurrent: event.skippedCurrent };
  }
  if (event.type === "done" && Number.isSafeInteger(event.total)) return { type: "done", total: event.total as number };
  if (
    event.type === "result" &&
    Number.isSafeInteger(event.id) &&
    outcomes.has(event.outcome) &&
    optionalText(event.message) &&
    optionalText(event.queryId)
  ) {
    const { id, outcome, message, queryId } = event as RevocationResult;
    return {
      type: "result",
      id,
      outcome,
      ...(message === undefined ? {} : { message }),
      ...(queryId === undefined ? {} : { queryId }),
    };
  }
  return null;
}

/**
 * Splits the stream's text into events as chunks arrive. A line is read only once its newline has
 * come: a chunk may end mid-line, and a stream cut short leaves its last, partial line unread.
 */
export function revocationDecoder() {
  let buffer = "";
  return (chunk: string): RevocationEvent[] => {
    buffer += chunk;
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    return lines.flatMap((line) => {
      const event = line ? decodeRevocationEvent(line) : null;
      return event ? [event] : [];
    });
  };
}
