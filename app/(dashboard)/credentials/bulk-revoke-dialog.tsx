"use client";

import { useState } from "react";
import { currentPath, useStartJob } from "@/app/(dashboard)/revocations/use-start-job";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { Button } from "@/components/ui/button";
import { credentialsToCsv } from "@/lib/audit/export";
import type { CredentialView } from "@/lib/audit/types";
import {
  confirmationFor,
  confirmationHint,
  matchesPhrase,
  type RevocationPreview as Preview,
  previewHeadline,
} from "@/lib/revocation/preview";
import { downloadText, timestampForFile } from "@/lib/ui/download";
import { RevocationPreview } from "./revocation-preview";

/** Remove expired lists its credentials on the server; Revoke selected sends the selection's ids. */
export type BulkRevokeKind = "remove-expired" | "revoke-selected";

type Props = {
  kind: BulkRevokeKind;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  /** What the preview shows; the session's own credential is never in it (nor revoked by the server). */
  credentials: CredentialView[];
};

/**
 * The confirmation before a bulk revocation. Confirming starts a revocation job on the server and goes
 * to its page (progress, Stop, Retry failed, report): the job outlives this dialog. Cancelling keeps
 * the selection, and the dialog gives focus back to the button that opened it.
 */
export function BulkRevokeDialog({ kind, open, onOpenChange, title, credentials }: Props) {
  const { pending, state, startJob, reset } = useStartJob();
  const [preview, setPreview] = useState<Preview | null>(null);
  const count = credentials.length;
  const dead = kind === "remove-expired";
  // Until the preview is ready (a fraction of a second at thousands), the safe side: type the count.
  const needed = preview
    ? confirmationFor(preview)
    : ({ level: "typed", phrase: `revoke ${count}`, reasons: [] } as const);

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      onClosed={reset}
      title={title}
      description={
        <>
          {preview ? previewHeadline(preview) : `Revoking ${count} credential${count === 1 ? "" : "s"}.`}
          {dead &&
            " The server lists expired and refused credentials again itself, so one that expired since is included."}
        </>
      }
      confirmation={
        needed.level === "typed"
          ? {
              id: "confirm-revocation",
              label: (
                <>
                  Type <code className="rounded bg-slate-100 px-1 font-mono">{needed.phrase}</code> to confirm
                </>
              ),
              matches: (typed) => matchesPhrase(needed, typed),
              hint: needed.reasons.length > 0 ? confirmationHint(needed.reasons) : "Preparing the preview…",
            }
          : undefined
      }
      confirmLabel={`Revoke ${count} credential${count === 1 ? "" : "s"}`}
      pendingLabel="Starting…"
      empty={count === 0}
      pending={pending}
      state={state}
      onConfirm={() =>
        startJob(
          dead ? { kind } : { kind, ids: credentials.map((credential) => credential.credentialId) },
          currentPath(),
        )
      }
    >
      <RevocationPreview credentials={credentials} onPreview={setPreview} />
      <Button
        variant="secondary"
        size="sm"
        onClick={() =>
          downloadText(`revocation-preview-${timestampForFile()}.csv`, credentialsToCsv(credentials), "text/csv")
        }
      >
        Export this list (CSV)
      </Button>
    </ConfirmDialog>
  );
}
