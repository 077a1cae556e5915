"use client";

import { useState } from "react";
import { currentPath, useStartJob } from "@/app/(dashboard)/revocations/use-start-job";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { Checkbox } from "@/components/ui/checkbox";
import { UntrustedName } from "@/components/untrusted-name";
import type { ApplicationRef } from "@/lib/audit/types";

type Props = { open: boolean; onOpenChange: (open: boolean) => void; applications: ApplicationRef[] };

/** Confirming starts a delete-keyless-applications job and goes to its page (progress and report). */
export function KeylessDialog({ open, onOpenChange, applications }: Props) {
  const { pending, state, startJob, reset } = useStartJob();
  const [excluded, setExcluded] = useState<Set<number>>(new Set());
  const chosen = applications.filter((application) => !excluded.has(application.applicationId));

  function toggle(id: number, on: boolean) {
    const next = new Set(excluded);
    if (on) next.delete(id);
    else next.add(id);
    setExcluded(next);
  }

  function remove() {
    startJob({ kind: "delete-keyless-applications", ids: chosen.map((a) => a.applicationId) }, currentPath());
  }

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      onClosed={() => {
        setExcluded(new Set());
        reset();
      }}
      title="Delete keyless applications"
      description="These applications of the account have no credential at all: no tool can be using them. Deleting one revokes its application key and secret for good."
      confirmLabel={`Delete ${chosen.length} application${chosen.length === 1 ? "" : "s"}`}
      pendingLabel="Starting…"
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
