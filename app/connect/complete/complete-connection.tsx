"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { QueryId } from "@/components/query-id";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionCall } from "@/components/use-action-call";
import type { Completion } from "@/lib/connect/request-key";
import { isWebUrl } from "@/lib/http/web-url";
import { completeConnectAction } from "../actions";

// Cookies can only be written by actions and route handlers, so this page asks the server to
// finish the session as soon as it loads; the button does the same if that did not happen.
export function CompleteConnection() {
  const { pending, state, call } = useActionCall<Completion>();
  const started = useRef(false);

  function complete() {
    call(completeConnectAction);
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once on arrival; `complete` is recreated each render
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    complete();
  }, []);

  const result = state.status === "ok" ? state.data : null;
  return (
    <div className="space-y-4" aria-live="polite">
      {(pending || state.status === "idle") && (
        <p className="text-sm text-slate-700">Checking the consumer key with OVH…</p>
      )}
      {state.status === "error" && (
        <Alert tone="error">
          {state.message}
          <QueryId value={state.queryId} />
        </Alert>
      )}
      {result?.outcome === "pending" && (
        <Alert tone="warning">
          Not validated yet. {result.message}
          <QueryId value={result.queryId} />
        </Alert>
      )}
      {(result?.outcome === "ended" || result?.outcome === "other-account") && (
        <Alert tone="error">
          {result.message}
          <QueryId value={result.queryId} />
        </Alert>
      )}
      {result?.outcome === "nothing" && <Alert tone="info">{result.message}</Alert>}
      <div className="flex flex-wrap gap-2">
        {result?.outcome === "pending" && result.validationUrl && isWebUrl(result.validationUrl) && (
          <a
            href={result.validationUrl}
            className="inline-flex h-10 items-center rounded-md bg-blue-700 px-4 text-sm font-medium text-white hover:bg-blue-800"
          >
            Open the validation page
          </a>
        )}
        {(result === null || result.outcome === "pending") && (
          <Button
            variant={result?.outcome === "pending" ? "secondary" : "primary"}
            onClick={complete}
            disabled={pending}
          >
            {pending ? "Checking…" : result?.outcome === "pending" ? "Check again" : "Finish signing in"}
          </Button>
        )}
        {(result?.outcome === "ended" || result?.outcome === "nothing" || result?.outcome === "other-account") && (
          <Link
            href="/connect"
            className="inline-flex h-10 items-center rounded-md bg-blue-700 px-4 text-sm font-medium text-white hover:bg-blue-800"
          >
            Back to Connect
          </Link>
        )}
        {result?.outcome === "pending" && (
          <Link href="/connect" className="inline-flex h-10 items-center px-2 text-sm text-blue-800 hover:underline">
            Start over
          </Link>
        )}
      </div>
    </div>
  );
}
