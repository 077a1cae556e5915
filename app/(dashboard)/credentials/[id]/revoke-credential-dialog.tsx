"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { ActionError } from "@/components/action-error";
import { FieldError } from "@/components/field-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Input, Label } from "@/components/ui/input";
import { UntrustedName } from "@/components/untrusted-name";
import { type ActionState, idle } from "@/lib/actions/state";
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
  const [pending, startTransition] = useTransition();
  const [typed, setTyped] = useState("");
  const [state, setState] = useState<ActionState<unknown>>(idle);
  const id = view.credentialId;
  const needsTyping = hasWriteAccess(view.rules);
  const confirmed = !needsTyping || typed.trim() === String(id);

  function close(next: boolean) {
    if (next || pending) return;
    onOpenChange(false);
    setTyped("");
    setState(idle);
  }

  function revoke() {
    startTransition(async () => {
      const result = await revokeCredentialAction({ id, confirmation: typed });
      if (result.status !== "ok") {
        setState(result);
        return;
      }
      toast.success(
        result.data.outcome === "revoked" ? `Credential #${id} revoked.` : `Credential #${id} was already gone.`,
      );
      // Leave the page first, so it never shows the credential vanishing under the dialog.
      router.push("/credentials");
      void auditChanged();
    });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      locked={pending}
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
    >
      {view.isCurrent ? (
        <div className="space-y-4">
          <Alert tone="warning">
            This is the credential this session signs with: the dashboard will not revoke it, since that would cut it
            off halfway. Use <strong>Disconnect and expire this credential</strong> in the session menu (top right)
            instead.
          </Alert>
          <div className="flex justify-end">
            <Button variant="secondary" onClick={() => close(false)}>
              Close
            </Button>
          </div>
        </div>
      ) : (
        <form
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            if (confirmed) revoke();
          }}
        >
          <p className="text-sm text-slate-700">
            It holds: <strong>{summarizeRules(view.rules)}</strong>
            {needsTyping && " — it can change things on the account."}
          </p>
          {needsTyping && (
            <div className="space-y-1">
              <Label htmlFor="confirm-credential">
                Type the credential id <code className="rounded bg-slate-100 px-1 font-mono">{id}</code> to confirm
              </Label>
              <Input
                id="confirm-credential"
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
                autoComplete="off"
                inputMode="numeric"
                aria-describedby="confirm-credential-error"
                aria-invalid={state.status === "error" && Boolean(state.fieldErrors?.confirmation)}
              />
              <FieldError
                id="confirm-credential-error"
                errors={state.status === "error" ? state.fieldErrors?.confirmation : undefined}
              />
            </div>
          )}
          {state.status === "error" && !state.fieldErrors && <ActionError state={state} />}
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="secondary" onClick={() => close(false)} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" variant="danger" disabled={!confirmed || pending}>
              {pending ? "Revoking…" : "Revoke credential"}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
