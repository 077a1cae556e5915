"use client";

import { Fragment } from "react";
import { toast } from "sonner";
import { ActionError } from "@/components/action-error";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { useActionCall } from "@/components/use-action-call";
import { QUARANTINE_IPS, type QuarantineKnowledge } from "@/lib/allowed-ips/quarantine-memory";
import type { CredentialView } from "@/lib/audit/types";
import { useAuditChange, withAllowedIps } from "@/lib/query/use-audit-change";
import { quarantineCredentialAction, restoreCredentialAction } from "./actions";

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

  const quarantine = () =>
    call(
      () => quarantineCredentialAction({ id }),
      ({ previous }) => {
        onMemoryChange({ known: true, previous });
        toast.success(`Credential #${id} quarantined.`);
        void auditChanged(withAllowedIps(id, [...QUARANTINE_IPS]));
      },
    );
  const restore = () =>
    call(
      () => restoreCredentialAction({ id }),
      ({ allowedIps }) => {
        onMemoryChange({ known: false });
        toast.success(`Credential #${id} restored.`);
        void auditChanged(withAllowedIps(id, allowedIps));
      },
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
                <Button onClick={restore} disabled={pending}>
                  {pending ? "Restoring…" : "Restore previous allowed IPs"}
                </Button>
              </>
            ) : (
              <p>
                This session does not know the list it had before (it was quarantined from another session, or this
                session was renewed). Set the allowed IPs with the form below to lift the quarantine.
              </p>
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
