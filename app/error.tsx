"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

// The last resort for anything a page did not handle itself (OVH's failures have their own states).
// In production Next replaces a server error's message by a digest; the server log prints the error
// under that digest, with OVH's query id when OVH was involved, so the digest is what to quote.
export default function ErrorPage({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <main className="px-4 py-16">
      <Card className="mx-auto max-w-xl space-y-3 p-8 text-center" role="alert">
        <h1 className="text-lg font-semibold">This page could not be shown</h1>
        <p className="text-sm text-slate-600">
          Something failed while preparing it. Loading a page never changes anything at OVH, so trying again is safe.
        </p>
        {error.digest ? (
          <p className="text-xs text-slate-600">
            Error reference <code className="font-mono select-all">{error.digest}</code>: the server log has the details
            under it.
          </p>
        ) : (
          <p className="text-xs break-words text-slate-600">{error.message}</p>
        )}
        <div className="flex justify-center gap-3 pt-1">
          <Button onClick={retry}>Try again</Button>
          <Link
            href="/"
            className="inline-flex h-10 items-center px-2 text-sm font-medium text-blue-800 hover:underline"
          >
            Overview
          </Link>
        </div>
      </Card>
    </main>
  );
}
