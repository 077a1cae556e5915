"use client";

import { QueryId } from "@/components/query-id";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ApiRequestError } from "@/lib/query/get-json";

/** The audit could not be loaded at all: say so with OVH's query id, and offer to try again. */
export function AuditLoadError({ error, onRetry, what }: { error: Error; onRetry: () => void; what: string }) {
  return (
    <Alert tone="error">
      {what} could not be loaded: {error.message}
      {error instanceof ApiRequestError && <QueryId value={error.queryId} />}
      <Button size="sm" variant="secondary" className="mt-2 block" onClick={onRetry}>
        Retry
      </Button>
    </Alert>
  );
}

/** A refresh failed but older data is still on screen. */
export function StaleAuditWarning({ error, onRetry }: { error: Error; onRetry: () => void }) {
  return (
    <Alert tone="warning">
      Showing the last loaded audit: refreshing failed ({error.message}).{" "}
      <button type="button" className="font-medium underline" onClick={onRetry}>
        Retry
      </button>
    </Alert>
  );
}
