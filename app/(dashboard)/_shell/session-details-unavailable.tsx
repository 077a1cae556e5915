"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { QueryId } from "@/components/query-id";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * The signed-in shell could not read the account or the session's credential from OVH. The page
 * below still works; Retry asks the server for the shell again without reloading the page.
 */
export function SessionDetailsUnavailable({ message, queryId }: { message: string; queryId?: string }) {
  const router = useRouter();
  const [retrying, startRetry] = useTransition();
  return (
    <Alert tone="warning" className="mb-4" aria-label="Session details unavailable">
      The account and session details could not be read from OVH: {message}
      <QueryId value={queryId} />
      <Button
        size="sm"
        variant="secondary"
        className="mt-2 block"
        disabled={retrying}
        onClick={() => startRetry(() => router.refresh())}
      >
        {retrying ? "Retrying…" : "Retry"}
      </Button>
    </Alert>
  );
}
