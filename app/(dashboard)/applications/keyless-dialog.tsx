"use client";

import { useState, useTransition } from "react";
import { ActionError } from "@/components/action-error";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { UntrustedName } from "@/components/untrusted-name";
import { type ActionState, idle } from "@/lib/actions/state";
import type { ApplicationRef } from "@/lib/audit/types";
import { useAuditChange } from "@/lib/query/use-audit-change";
import type { RevocationResult } from "@/lib/revocation/bulk";
import { deleteKeylessApplicationsAction } from "./actions";
import { KeylessReport } from "./keyless-report";

type Props = { open: boolean; onOpenChange: (open: boolean) => void; applications: ApplicationRef[] };
type Run = { applications: ApplicationRef[]; results: RevocationResult[] };

export function KeylessDialog({ open, onOpenChange, applications }: Props) {
  const auditChanged = useAuditChange();
  const [pending, startTransition] = useTransition();
  const [excluded, setExcluded] = useState<Set<number>>(new Set());
  const [state, setState] = useState<ActionState<unknown>>(idle);
  const [run, setRun] = useState<Run | null>(null);
  const chosen = applications.filter((application) => !excluded.has(application.applicationId));

  function close(next: boolean) {
    if (next || pending) return;
    onOpenChange(false);
    setExcluded(new Set());
    setState(idle);
    setRun(null);
  }

  function toggle(id: number, on: boolean) {
    const next = new Set(excluded);
    if (on) next.delete(id);
    else next.add(id);
    setExcluded(next);
  }

  function remove() {
    const targets = chosen;
    startTransition(async () => {
      const result = await deleteKeylessApplicationsAction({ ids: targets.map((a) => a.applicationId) });
      setState(result);
      if (result.status !== "ok") return;
      setRun({ applications: targets, results: result.data.results });
      void auditChanged();
    });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      locked={pending}
      title={run ? "Keyless applications: report" : "Delete keyless applications"}
      description={
        run
          ? undefined
          : "These applications of the account have no credential at all: no tool can be using them. Deleting one revokes its application key and secret for good."
      }
    >
      {run ? (
        <KeylessReport applications={run.applications} results={run.results} onClose={() => close(false)} />
      ) : (
        <form
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            if (chosen.length > 0) remove();
          }}
        >
          <ul
            aria-label="Applications to delete"
            className="max-h-72 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200"
          >
            {applications.map((application) => (
              <li key={application.applicationId} className="px-3 py-2 text-sm">
                <label className="flex items-start gap-3">
                  <input
                    type="checkbox"
                    className="mt-0.5 size-4 shrink-0 accent-blue-700"
                    checked={!excluded.has(application.applicationId)}
                    onChange={(event) => toggle(application.applicationId, event.target.checked)}
                    disabled={pending}
                  />
                  <span className="min-w-0">
                    <UntrustedName name={application.name} limit={60} className="font-medium" />
                    <span className="block font-mono text-xs text-slate-500">
                      {application.applicationKey} · #{application.applicationId}
                    </span>
                    {application.description && (
                      <UntrustedName
                        name={application.description}
                        limit={100}
                        className="block text-xs text-slate-500"
                      />
                    )}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <p className="text-xs text-slate-500">
            Each one is checked again just before deletion: one that got a credential in the meantime is left alone.
          </p>
          <ActionError state={state} />
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="secondary" onClick={() => close(false)} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" variant="danger" disabled={chosen.length === 0 || pending}>
              {pending ? "Deleting…" : `Delete ${chosen.length} application${chosen.length === 1 ? "" : "s"}`}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
