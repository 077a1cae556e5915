"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { Alert } from "@/components/ui/alert";
import { UntrustedName } from "@/components/untrusted-name";
import { useActionCall } from "@/components/use-action-call";
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
  const { pending, state, call, reset } = useActionCall();
  const id = application.applicationId;
  const count = radius.credentials;
  const credentials = `${count} credential${count === 1 ? "" : "s"}`;

  function revoke(confirmation: string) {
    call(
      () => revokeApplicationAction({ id, confirmation }),
      ({ outcome }) => {
        toast.success(
          outcome === "revoked"
            ? `Application #${id} deleted, with its ${credentials}.`
            : `Application #${id} was already gone.`,
        );
        router.push("/applications");
        void auditChanged();
      },
    );
  }

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      onClosed={reset}
      title="Revoke application"
      description={
        <>
          <UntrustedName name={application.name} className="font-medium text-slate-900" /> (#{id}) and its application
          key stop working for good. OVH revokes every credential of it at the same time.
        </>
      }
      refusal={
        radius.includesCurrent && (
          <Alert tone="error">
            This application holds the credential this session signs with. Deleting it would revoke that credential too
            and cut the dashboard off halfway, so it is refused here. Connect with a credential of another application
            to delete this one.
          </Alert>
        )
      }
      confirmation={{
        id: "confirm-application",
        label: `Type the application's name, or its id ${id}, to confirm`,
        matches: (typed) => confirmsApplication(typed, application),
      }}
      confirmLabel={`Revoke application and ${credentials}`}
      pendingLabel="Revoking…"
      pending={pending}
      state={state}
      onConfirm={revoke}
    >
      <BlastRadius applicationId={id} radius={radius} now={now} />
    </ConfirmDialog>
  );
}
