"use client";

import { ConfirmDialog } from "@/components/confirm-dialog";
import { Button } from "@/components/ui/button";
import { credentialsToCsv } from "@/lib/audit/export";
import { requiresTypedConfirmation } from "@/lib/audit/selection";
import type { CredentialView } from "@/lib/audit/types";
import { downloadText, timestampForFile } from "@/lib/ui/download";
import { RevocationPreview } from "./revocation-preview";
import { RevocationReport } from "./revocation-report";
import { useBulkRevoke } from "./use-bulk-revoke";

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  /** Exactly what will be revoked; the session's own credential is never in it. */
  credentials: CredentialView[];
};

export function BulkRevokeDialog({ open, onOpenChange, title, credentials }: Props) {
  const { state, run, reset } = useBulkRevoke();
  const count = credentials.length;
  const phrase = `revoke ${count}`;

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      onClosed={reset}
      locked={state.phase === "running"}
      title={state.phase === "idle" ? title : state.phase === "running" ? "Revoking…" : "Revocation report"}
      description={
        state.phase === "idle"
          ? `These ${count} credential${count === 1 ? "" : "s"} will stop working at once. This cannot be undone.`
          : undefined
      }
      outcome={(close) =>
        state.phase !== "idle" && <RevocationReport state={state} onRetry={(ids) => void run(ids)} onClose={close} />
      }
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
      empty={count === 0}
      onConfirm={() => void run(credentials.map((credential) => credential.credentialId))}
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
