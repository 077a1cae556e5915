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
import { confirmsApplication } from "@/lib/audit/application-summary";
import type { ApplicationBlastRadius } from "@/lib/audit/selection";
import type { ApplicationRef } from "@/lib/audit/types";
import { useAuditChange } from "@/lib/query/use-audit-change";
import { revokeApplicationAction } from "../actions";
import { BlastRadius } from "./blast-radius";

type Props = {
  application: ApplicationRef;
  radius: ApplicationBlastRadius;
  now: number;
  open: boolean;
  onOpenChange: (open: boolean) => void;
};

export function RevokeApplicationDialog({ application, radius, now, open, onOpenChange }: Props) {
  const router = useRouter();
  const auditChanged = useAuditChange();
  const [pending, startTransition] = useTransition();
  const [typed, setTyped] = useState("");
  const [state, setState] = useState<ActionState<unknown>>(idle);
  const id = application.applicationId;
  const confirmed = confirmsApplication(typed, application);

  function close(next: boolean) {
    if (next || pending) return;
    onOpenChange(false);
    setTyped("");
    setState(idle);
  }

  function revoke() {
    startTransition(async () => {
      const result = await revokeApplicationAction({ id, confirmation: typed });
      if (result.status !== "ok") {
        setState(result);
        return;
      }
      const count = radius.credentials;
      toast.success(
        result.data.outcome === "revoked"
          ? `Application #${id} deleted, with its ${count} credential${count === 1 ? "" : "s"}.`
          : `Application #${id} was already gone.`,
      );
      router.push("/applications");
      void auditChanged();
    });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      locked={pending}
      title="Revoke application"
      description={
        <>
          <UntrustedName name={application.name} className="font-medium text-slate-900" /> (#{id}) and its application
          key stop working for good. OVH revokes every credential of it at the same time.
        </>
      }
    >
      <div className="space-y-4">
        <BlastRadius applicationId={id} radius={radius} now={now} />
        {radius.includesCurrent ? (
          <>
            <Alert tone="error">
              This application holds the credential this session signs with. Deleting it would revoke that credential
              too and cut the dashboard off halfway, so it is refused here. Connect with a credential of another
              application to delete this one.
            </Alert>
            <div className="flex justify-end">
              <Button variant="secondary" onClick={() => close(false)}>
                Close
              </Button>
            </div>
          </>
        ) : (
          <form
            className="space-y-4"
            onSubmit={(event) => {
              event.preventDefault();
              if (confirmed) revoke();
            }}
          >
            <div className="space-y-1">
              <Label htmlFor="confirm-application">Type the application's name, or its id {id}, to confirm</Label>
              <Input
                id="confirm-application"
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
                autoComplete="off"
                aria-describedby="confirm-application-error"
                aria-invalid={state.status === "error" && Boolean(state.fieldErrors?.confirmation)}
              />
              <FieldError
                id="confirm-application-error"
                errors={state.status === "error" ? state.fieldErrors?.confirmation : undefined}
              />
            </div>
            {state.status === "error" && !state.fieldErrors && <ActionError state={state} />}
            <div className="flex flex-wrap justify-end gap-2">
              <Button variant="secondary" onClick={() => close(false)} disabled={pending}>
                Cancel
              </Button>
              <Button type="submit" variant="danger" disabled={!confirmed || pending}>
                {pending
                  ? "Revoking…"
                  : `Revoke application and ${radius.credentials} credential${radius.credentials === 1 ? "" : "s"}`}
              </Button>
            </div>
          </form>
        )}
      </div>
    </Dialog>
  );
}
