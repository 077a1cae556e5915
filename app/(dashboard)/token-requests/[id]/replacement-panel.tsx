"use client";

import { useState } from "react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionCall } from "@/components/use-action-call";
import type { TokenRequestStatusView } from "@/lib/token-requests/status";
import { formatDateTime, formatRelative } from "@/lib/ui/format";
import { revokeReplacedCredentialAction } from "../actions";
import { StepSection } from "./step-section";
import { useAfterChange } from "./use-after-change";

type Props = { id: string; replacesId: number; status: TokenRequestStatusView | undefined };

const lastUse = (iso: string | null, now: number) =>
  iso ? `${formatDateTime(iso)} (${formatRelative(iso, now)})` : "never";

/** Once the replacement is validated: both last-use times, and revocation of the old credential. */
export function ReplacementPanel({ id, replacesId, status }: Props) {
  const [open, setOpen] = useState(false);
  const { pending, state, call, reset } = useActionCall();
  const afterChange = useAfterChange(id);
  const replaced = status?.replaced;
  const fresh = status?.credential;
  const now = status?.checkedAt ?? Date.now();

  function revoke() {
    reset();
    call(
      () => revokeReplacedCredentialAction(id),
      (_, message) => {
        setOpen(false);
        toast.success(message ?? `Credential #${replacesId} is revoked.`);
        afterChange();
      },
    );
  }

  return (
    <StepSection id="replacement-title" title={<>Replacing credential #{replacesId}</>} className="space-y-3">
      {status?.status !== "validated" || !fresh || !replaced ? (
        <p className="text-sm text-slate-700">
          Once the new credential is validated, you can revoke #{replacesId} here.
        </p>
      ) : !replaced.present ? (
        <Alert tone="success">Credential #{replacesId} no longer exists: it is revoked.</Alert>
      ) : (
        <>
          <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]" aria-label="Last use">
            <dt className="text-slate-600">Old credential #{replacesId} last used</dt>
            <dd data-testid="old-last-use">{lastUse(replaced.lastUse, now)}</dd>
            <dt className="text-slate-600">New credential #{fresh.credentialId} last used</dt>
            <dd data-testid="new-last-use">
              {lastUse(fresh.lastUse, now)}
              <span className="block text-xs text-slate-500">
                The dashboard&apos;s own status check counts as a use.
              </span>
            </dd>
          </dl>
          {replaced.isSessionCredential ? (
            <p className="text-sm text-slate-700">
              Credential #{replacesId} is the one this session signs with, so it cannot be revoked from here. Use the
              new credential for this session first.
            </p>
          ) : (
            <Button variant="danger" onClick={() => setOpen(true)}>
              Revoke the old credential
            </Button>
          )}
        </>
      )}
      {replaced?.present && (
        <ConfirmDialog
          open={open}
          onOpenChange={setOpen}
          title={`Revoke credential #${replacesId}?`}
          description="Anything still using it stops working at once. This cannot be undone."
          confirmLabel={`Revoke credential #${replacesId}`}
          pendingLabel="Revoking…"
          pending={pending}
          state={state}
          onConfirm={revoke}
        >
          <p className="text-sm text-slate-700">
            It was last used {lastUse(replaced.lastUse, now)}. If a tool still used it after the new key was handed
            over, that tool has not switched yet.
          </p>
        </ConfirmDialog>
      )}
    </StepSection>
  );
}
