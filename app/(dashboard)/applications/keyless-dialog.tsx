"use client";

import { useState } from "react";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { Checkbox } from "@/components/ui/checkbox";
import { UntrustedName } from "@/components/untrusted-name";
import { useActionCall } from "@/components/use-action-call";
import type { ApplicationRef } from "@/lib/audit/types";
import { useAuditChange } from "@/lib/query/use-audit-change";
import type { RevocationResult } from "@/lib/revocation/bulk";
import { deleteKeylessApplicationsAction } from "./actions";
import { KeylessReport } from "./keyless-report";

type Props = { open: boolean; onOpenChange: (open: boolean) => void; applications: ApplicationRef[] };
type Run = { applications: ApplicationRef[]; results: RevocationResult[] };

export function KeylessDialog({ open, onOpenChange, applications }: Props) {
  const auditChanged = useAuditChange();
  const { pending, state, call, reset } = useActionCall();
  const [excluded, setExcluded] = useState<Set<number>>(new Set());
  const [run, setRun] = useState<Run | null>(null);
  const chosen = applications.filter((application) => !excluded.has(application.applicationId));

  function toggle(id: number, on: boolean) {
    const next = new Set(excluded);
    if (on) next.delete(id);
    else next.add(id);
    setExcluded(next);
  }

  function remove() {
    const targets = chosen;
    call(
      () => deleteKeylessApplicationsAction({ ids: targets.map((a) => a.applicationId) }),
      ({ results }) => {
        setRun({ applications: targets, results });
        void auditChanged();
      },
    );
  }

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      onClosed={() => {
        setExcluded(new Set());
        reset();
        setRun(null);
      }}
      title={run ? "Keyless applications: report" : "Delete keyless applications"}
      description={
        run
          ? undefined
          : "These applications of the account have no credential at all: no tool can be using them. Deleting one revokes its application key and secret for good."
      }
      outcome={(close) =>
        run && <KeylessReport applications={run.applications} results={run.results} onClose={close} />
      }
      confirmLabel={`Delete ${chosen.length} application${chosen.length === 1 ? "" : "s"}`}
      pendingLabel="Deleting…"
      empty={chosen.length === 0}
      pending={pending}
      state={state}
      onConfirm={remove}
    >
      <ul
        aria-label="Applications to delete"
        className="max-h-72 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200"
      >
        {applications.map((application) => (
          <li key={application.applicationId} className="px-3 py-2 text-sm">
            <label className="flex items-start gap-3">
              <Checkbox
                className="mt-0.5"
                checked={!excluded.has(application.applicationId)}
                onCheckedChange={(checked) => toggle(application.applicationId, checked === true)}
                disabled={pending}
              />
              <span className="min-w-0">
                <UntrustedName name={application.name} limit={60} className="font-medium" />
                <span className="block font-mono text-xs text-slate-500">
                  {application.applicationKey} · #{application.applicationId}
                </span>
                {application.description && (
                  <UntrustedName name={application.description} limit={100} className="block text-xs text-slate-500" />
                )}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <p className="text-xs text-slate-500">
        Each one is checked again just before deletion: one that got a credential in the meantime is left alone.
      </p>
    </ConfirmDialog>
  );
}
