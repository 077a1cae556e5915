"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { Alert } from "@/components/ui/alert";
import { UntrustedName } from "@/components/untrusted-name";
import { useActionCall } from "@/components/use-action-call";
import { summarizeRules } from "@/lib/audit/rule-description";
import { hasWriteAccess } from "@/lib/audit/selection";
import type { CredentialView } from "@/lib/audit/types";
import { useAuditChange } from "@/lib/query/use-audit-change";
import { maskKey } from "@/lib/ui/format";
import { revokeCredentialAction } from "./actions";

type Props = { view: CredentialView; open: boolean; onOpenChange: (open: boolean) => void };

export function RevokeCredentialDialog({ view, open, onOpenChange }: Props) {
  const router = useRouter();
  const auditChanged = useAuditChange();
  const { pending, state, call, reset } = useActionCall();
  const id = view.credentialId;
  const needsTyping = hasWriteAccess(view.rules);

  function revoke(confirmation: string) {
    call(
      () => revokeCredentialAction({ id, confirmation }),
      ({ outcome }) => {
        toast.success(outcome === "revoked" ? `Credential #${id} revoked.` : `Credential #${id} was already gone.`);
        // Leave the page first, so it never shows the credential vanishing under the dialog.
        router.push("/credentials");
        void auditChanged();
      },
    );
  }

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      onClosed={reset}
      title={`Revoke credential #${id}`}
      description={
        <>
          Credential #{id} of{" "}
          <UntrustedName
            name={view.application?.name ?? `application ${view.applicationId}`}
            className="font-medium text-slate-900"
          />
          {view.application && <span className="font-mono text-xs"> ({maskKey(view.application.applicationKey)})</span>}{" "}
          stops working at once, everywhere it is used. This cannot be undone.
        </>
      }
      refusal={
        view.isCurrent && (
          <Alert tone="warning">
            This is the credential this session signs with: the dashboard will not revoke it, since that would cut it
            off halfway. Use <strong>Disconnect and expire this credential</strong> in the session menu (top right)
            instead.
          </Alert>
        )
      }
      confirmation={
        needsTyping
          ? {
              id: "confirm-credential",
              label: (
                <>
                  Type the credential id <code className="rounded bg-slate-100 px-1 font-mono">{id}</code> to confirm
                </>
              ),
              matches: (typed) => typed.trim() === String(id),
              inputMode: "numeric",
            }
          : undefined
      }
      confirmLabel="Revoke credential"
      pendingLabel="Revoking…"
      pending={pending}
      state={state}
      onConfirm={revoke}
    >
      {!view.isCurrent && (
        <p className="text-sm text-slate-700">
          It holds: <strong>{summarizeRules(view.rules)}</strong>
          {needsTyping && " — it can change things on the account."}
        </p>
      )}
    </ConfirmDialog>
  );
}
