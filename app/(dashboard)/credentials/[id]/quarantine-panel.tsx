"use client";

import { Fragment } from "react";
import { toast } from "sonner";
import { ActionError } from "@/components/action-error";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { useActionCall } from "@/components/use-action-call";
import { MAX_QUARANTINE_FILE_CHARS, quarantineFileName, quarantineFileText } from "@/lib/allowed-ips/quarantine-file";
import { QUARANTINE_IPS, type QuarantineKnowledge } from "@/lib/allowed-ips/quarantine-memory";
import type { CredentialView } from "@/lib/audit/types";
import { useAuditChange, withAllowedIps } from "@/lib/query/use-audit-change";
import { downloadText } from "@/lib/ui/download";
import { withSessionWriteLock } from "@/lib/ui/session-write-lock";
import { quarantineCredentialAction, restoreCredentialAction, restoreFromFileAction } from "./actions";

type Props = {
  view: CredentialView;
  quarantined: boolean;
  memory: QuarantineKnowledge;
  onMemoryChange: (memory: QuarantineKnowledge) => void;
};

function IpList({ ips }: { ips: string[] | null }) {
  if (!ips || ips.length === 0) return <span className="italic">no restriction (any address)</span>;
  // One unbreakable piece per address, so an IPv6 address never wraps in the middle.
  return ips.map((ip, index) => (
    <Fragment key={ip}>
      <code className="font-mono text-xs whitespace-nowrap">{ip}</code>
      {index < ips.length - 1 && ", "}
    </Fragment>
  ));
}

export function QuarantinePanel({ view, quarantined, memory, onMemoryChange }: Props) {
  const auditChanged = useAuditChange();
  const { pending, state, call } = useActionCall();
  const id = view.credentialId;

  // Quarantine and Restore rewrite the session cookie: one at a time across this browser's tabs.
  const quarantine = () =>
    call(
      () => withSessionWriteLock(() => quarantineCredentialAction({ id })),
      ({ previous, quarantinedAt }) => {
        onMemoryChange({ known: true, previous, quarantinedAt });
        toast.success(`Credential #${id} quarantined.`);
        void auditChanged(withAllowedIps(id, [...QUARANTINE_IPS]));
      },
    );
  const restored = ({ allowedIps }: { allowedIps: string[] | null }) => {
    onMemoryChange({ known: false });
    toast.success(`Credential #${id} restored.`);
    void auditChanged(withAllowedIps(id, allowedIps));
  };
  const restore = () => call(() => withSessionWriteLock(() => restoreCredentialAction({ id })), restored);
  // The file is read here and checked on the server (zod, the allowed-IPs form's validation, the id).
  const restoreFrom = async (file: File | undefined) => {
    if (!file) return;
    const text = file.size > MAX_QUARANTINE_FILE_CHARS ? "" : await file.text();
    call(() => withSessionWriteLock(() => restoreFromFileAction({ id, file: text })), restored);
  };
  const download = (previous: string[] | null, quarantinedAt?: string) =>
    downloadText(
      quarantineFileName(id),
      quarantineFileText({ credentialId: id, allowedIPs: previous, quarantinedAt: quarantinedAt ?? null }),
      "application/json",
    );

  return (
    <Card aria-labelledby="quarantine-title" className={quarantined ? "border-violet-300" : undefined}>
      <CardHeader>
        <h2 id="quarantine-title" className="font-semibold">
          Quarantine
        </h2>
      </CardHeader>
      <CardBody className="space-y-3 text-sm text-slate-700">
        {view.isCurrent ? (
          <p>
            This session signs with this credential, so it cannot be quarantined from here: that would cut the dashboard
            off. Use <strong>Disconnect and expire this credential</strong> in the session menu instead.
          </p>
        ) : quarantined ? (
          <>
            <p>
              Quarantined: its allowed IPs are <IpList ips={[...QUARANTINE_IPS]} />, documentation addresses no real
              caller has, so OVH refuses every call signed with it.
            </p>
            {memory.known ? (
              <>
                <p>
                  Before the quarantine: <IpList ips={memory.previous} />
                </p>
                <p>This session forgets that list when it ends or you sign out: download it to restore it later.</p>
                <div className="flex flex-wrap gap-2">
                  <Button onClick={restore} disabled={pending}>
                    {pending ? "Restoring…" : "Restore previous allowed IPs"}
                  </Button>
                  <Button variant="secondary" onClick={() => download(memory.previous, memory.quarantinedAt)}>
                    Download previous allowed IPs
                  </Button>
                </div>
              </>
            ) : (
              <>
                <p>
                  This session does not know the list it had before (it was quarantined from another session, or this
                  session ended since). Restore it from the file downloaded at the time, or set the allowed IPs with the
                  form below.
                </p>
                <label className="block space-y-1">
                  <span className="font-medium">Restore from a downloaded list</span>
                  <input
                    type="file"
                    accept="application/json,.json"
                    disabled={pending}
                    onChange={(event) => {
                      void restoreFrom(event.currentTarget.files?.[0]);
                      event.currentTarget.value = "";
                    }}
                    className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium"
                  />
                </label>
              </>
            )}
          </>
        ) : (
          <>
            <p>
              Cuts this credential off at once, reversibly: its allowed IPs become <IpList ips={[...QUARANTINE_IPS]} />,
              so OVH refuses every call signed with it. Restore puts the current list back.
            </p>
            <p>
              Current list: <IpList ips={view.allowedIPs} />
            </p>
            <Button variant="secondary" onClick={quarantine} disabled={pending}>
              {pending ? "Quarantining…" : "Quarantine"}
            </Button>
          </>
        )}
        <ActionError state={state} />
      </CardBody>
    </Card>
  );
}
