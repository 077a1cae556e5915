"use client";

import { useState } from "react";
import { toast } from "sonner";
import { ActionError } from "@/components/action-error";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/input";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { useActionCall } from "@/components/use-action-call";
import { describeIpErrors, parseAllowedIpsInput, type Restriction } from "@/lib/allowed-ips/input";
import { checkLockout } from "@/lib/allowed-ips/lockout";
import type { CredentialView } from "@/lib/audit/types";
import { useAuditChange, withAllowedIps } from "@/lib/query/use-audit-change";
import { setAllowedIpsAction } from "./actions";

type Props = { view: CredentialView; egressIps: string[] };

export function AllowedIpsForm({ view, egressIps }: Props) {
  const auditChanged = useAuditChange();
  const { pending, state, call } = useActionCall();
  const [restriction, setRestriction] = useState<Restriction>(view.allowedIPs?.length ? "list" : "none");
  const [text, setText] = useState((view.allowedIPs ?? []).join("\n"));
  const [checked, setChecked] = useState(false);

  const parsed = parseAllowedIpsInput(restriction, text);
  const lockout = parsed.ok
    ? checkLockout({ allowedIps: parsed.allowedIps, isCurrent: view.isCurrent, egressIps })
    : { ok: true as const };
  // Errors show once the admin leaves the box or submits, then follow every keystroke.
  const localErrors = !checked
    ? []
    : !parsed.ok
      ? describeIpErrors(parsed.errors)
      : lockout.ok
        ? []
        : [lockout.message];
  const serverErrors = state.status === "error" ? state.fieldErrors?.ips : undefined;
  const errors = localErrors.length > 0 ? localErrors : (serverErrors ?? []);
  const id = view.credentialId;

  function save() {
    setChecked(true);
    if (!parsed.ok || !lockout.ok) return;
    const { allowedIps } = parsed;
    call(
      () => setAllowedIpsAction({ id, restriction, ips: text }),
      () => {
        toast.success(allowedIps ? `Allowed IPs of #${id} saved.` : `#${id} can now be used from any address.`);
        void auditChanged(withAllowedIps(id, allowedIps));
      },
    );
  }

  return (
    <Card aria-labelledby="allowed-ips-title">
      <CardHeader>
        <CardTitle id="allowed-ips-title">Edit allowed IPs</CardTitle>
        <p className="text-xs text-slate-600">OVH refuses calls signed with this credential from any other address.</p>
      </CardHeader>
      <CardBody>
        <form
          className="space-y-3"
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <fieldset className="space-y-2">
            <legend className="sr-only">Restriction</legend>
            <RadioGroup
              name="restriction"
              value={restriction}
              onValueChange={(value) => setRestriction(value as Restriction)}
            >
              {(["none", "list"] as const).map((value) => (
                <label key={value} className="flex items-center gap-2 text-sm">
                  <RadioGroupItem value={value} />
                  {value === "none" ? "No restriction (any address)" : "Only from the addresses below"}
                </label>
              ))}
            </RadioGroup>
          </fieldset>
          <div className="space-y-1">
            <Label htmlFor="allowed-ips">Addresses and ranges</Label>
            <textarea
              id="allowed-ips"
              value={text}
              onChange={(event) => setText(event.target.value)}
              onBlur={() => setChecked(true)}
              disabled={restriction === "none"}
              rows={5}
              spellCheck={false}
              placeholder={"203.0.113.7\n2001:db8::/32"}
              aria-invalid={errors.length > 0}
              aria-describedby="allowed-ips-hint allowed-ips-errors"
              className="w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-sm shadow-xs focus:border-blue-600 focus:outline-2 focus:outline-blue-600/30 disabled:bg-slate-100 disabled:text-slate-400 aria-invalid:border-red-500"
            />
            <p id="allowed-ips-hint" className="text-xs text-slate-500">
              IPv4 or IPv6 addresses and CIDR ranges, one per line or separated by commas or spaces.
              {view.isCurrent &&
                (egressIps.length > 0
                  ? ` This session signs with this credential: the list must include ${egressIps.join(", ")}, the address the dashboard calls OVH from.`
                  : " This session signs with this credential and the dashboard's own address is not known, so it cannot be restricted here.")}
            </p>
            <ul id="allowed-ips-errors" aria-live="polite" className="space-y-0.5 text-sm text-red-700">
              {errors.map((error) => (
                <li key={error} className="break-words">
                  {error}
                </li>
              ))}
            </ul>
          </div>
          {state.status === "error" && !state.fieldErrors && <ActionError state={state} />}
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : "Save allowed IPs"}
          </Button>
        </form>
      </CardBody>
    </Card>
  );
}
