"use client";

import { currentPath, useStartJob } from "@/app/(dashboard)/revocations/use-start-job";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { UntrustedName } from "@/components/untrusted-name";
import { confirmsApplication } from "@/lib/audit/application-summary";
import type { ApplicationBlastRadius } from "@/lib/audit/selection";
import type { ApplicationRef } from "@/lib/audit/types";
import { BlastRadius } from "./blast-radius";

type Props = {
  applicationId: number;
  /** Null when OVH would not describe the application (a foreign one): its id then confirms. */
  application: ApplicationRef | null;
  radius: ApplicationBlastRadius;
  now: number;
  open: boolean;
  onOpenChange: (open: boolean) => void;
};

/**
 * Revoke every credential of an application, owned or foreign: the application itself stays (a
 * foreign one cannot be deleted; an owned one is deleted with "Revoke application"). The server lists
 * the credentials itself at OVH and leaves out the one this session signs with.
 */
export function RevokeCredentialsDialog({ applicationId, application, radius, now, open, onOpenChange }: Props) {
  const { pending, state, startJob, reset } = useStartJob();
  const name = application?.name ?? `Application ${applicationId}`;
  const count = radius.credentials - (radius.includesCurrent ? 1 : 0);
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      onClosed={reset}
      title="Revoke every credential"
      description={
        <>
          Every credential of <UntrustedName name={name} className="font-medium text-slate-900" /> (#{applicationId})
          stops working at once; the application itself stays.
          {radius.includesCurrent && " The credential this session signs with is left out."}
        </>
      }
      confirmation={{
        id: "confirm-application-credentials",
        label: `Type the application's name, or its id ${applicationId}, to confirm`,
        matches: (typed) => confirmsApplication(typed, application ?? { applicationId, name: String(applicationId) }),
      }}
      confirmLabel={`Revoke ${count} credential${count === 1 ? "" : "s"}`}
      pendingLabel="Starting…"
      empty={count === 0}
      pending={pending}
      state={state}
      onConfirm={() => startJob({ kind: "revoke-application-credentials", applicationId }, currentPath())}
    >
      <BlastRadius applicationId={applicationId} radius={radius} now={now} />
    </ConfirmDialog>
  );
}
