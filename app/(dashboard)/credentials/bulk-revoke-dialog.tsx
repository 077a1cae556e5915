"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Input, Label } from "@/components/ui/input";
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
  const [typed, setTyped] = useState("");
  const count = credentials.length;
  const phrase = `revoke ${count}`;
  const needsTyping = requiresTypedConfirmation(credentials);
  const confirmed = !needsTyping || typed.trim().toLowerCase() === phrase;

  function close(next: boolean) {
    if (next) return;
    onOpenChange(false);
    reset();
    setTyped("");
  }

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      locked={state.phase === "running"}
      title={state.phase === "idle" ? title : state.phase === "running" ? "Revoking…" : "Revocation report"}
      description={
        state.phase === "idle"
          ? `These ${count} credential${count === 1 ? "" : "s"} will stop working at once. This cannot be undone.`
          : undefined
      }
    >
      {state.phase === "idle" ? (
        <form
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            if (confirmed && count > 0) void run(credentials.map((credential) => credential.credentialId));
          }}
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
          {needsTyping && (
            <div className="space-y-1">
              <Label htmlFor="confirm-revocation">
                Type <code className="rounded bg-slate-100 px-1 font-mono">{phrase}</code> to confirm
              </Label>
              <Input
                id="confirm-revocation"
                value={typed}
                onChange={(e) => setTyped(e.target.value)}
                autoComplete="off"
              />
              <p className="text-xs text-slate-500">
                Asked because {count > 10 ? "more than 10 credentials are selected" : "some of them can write"}.
              </p>
            </div>
          )}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => close(false)}>
              Cancel
            </Button>
            <Button type="submit" variant="danger" disabled={!confirmed || count === 0}>
              Revoke {count} credential{count === 1 ? "" : "s"}
            </Button>
          </div>
        </form>
      ) : (
        <RevocationReport state={state} onRetry={(ids) => void run(ids)} onClose={() => close(false)} />
      )}
    </Dialog>
  );
}
