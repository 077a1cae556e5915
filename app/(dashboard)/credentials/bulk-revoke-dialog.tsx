"use client";

import { currentPath, useStartJob } from "@/app/(dashboard)/revocations/use-start-job";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { Button } from "@/components/ui/button";
import { credentialsToCsv } from "@/lib/audit/export";
import { requiresTypedConfirmation } from "@/lib/audit/selection";
import type { CredentialView } from "@/lib/audit/types";
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
  const count = credentials.length;
  const phrase = `revoke ${count}`;
  const dead = kind === "remove-expired";

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      onClosed={reset}
      title={title}
      description={
        dead
          ? `These ${count} credential${count === 1 ? "" : "s"} are expired or refused: they cannot work any more. Revoking them removes them from the account for good. The server lists them again itself, so one that expired since is included.`
          : `These ${count} credential${count === 1 ? "" : "s"} will stop working at once. This cannot be undone.`
      }
      // Seam for jobs-preview: `confirmationFor(preview)` (lib/revocation/preview.ts) replaces this rule
      // and its hint once it merges; until then, today's rule (more than 10, or any with write access).
      confirmation={
        requiresTypedConfirmation(credentials)
          ? {
              id: "confirm-revocation",
              label: (
                <>
                  Type <code className="rounded bg-slate-100 px-1 font-mono">{phrase}</code> to confirm
                </>
              ),
              matches: (typed) => typed.trim().toLowerCase() === phrase,
              hint: `Asked because ${count > 10 ? "more than 10 credentials are selected" : "some of them can write"}.`,
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
      <RevocationPreview credentials={credentials} />
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
