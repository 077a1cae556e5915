"use client";

import { toast } from "sonner";
import { ActionError } from "@/components/action-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionCall } from "@/components/use-action-call";
import type { TokenRequestStatusView } from "@/lib/token-requests/status";
import { switchSessionToTokenRequestAction } from "../actions";
import { StepSection } from "./step-section";
import { useAfterChange } from "./use-after-change";

type Props = { id: string; status: TokenRequestStatusView; sessionCredentialId: number };

/** Offered only when the credential holds every rule the dashboard needs; the server checks it again. */
export function UseForSession({ id, status, sessionCredentialId }: Props) {
  const { pending, state, call, reset } = useActionCall();
  const afterChange = useAfterChange(id);
  const check = status.dashboardRules;
  if (!status.credential || !check) return null;
  if (status.isSessionCredential) {
    return <Alert tone="success">This session signs with credential #{status.credential.credentialId}.</Alert>;
  }
  if (!check.ok) {
    return (
      <p className="text-sm text-slate-600">
        This credential cannot drive the dashboard (it lacks{" "}
        {check.missing.map((rule) => `${rule.method} ${rule.path}`).join(", ")}), so it is not offered for this session.
      </p>
    );
  }

  function use() {
    reset();
    call(
      () => switchSessionToTokenRequestAction(id),
      (_, message) => {
        toast.success(message ?? "This session now uses the new credential.");
        afterChange();
      },
    );
  }

  return (
    <StepSection id="use-title" title={"Use for this session"} className="space-y-2">
      <p className="text-sm text-slate-700">
        This credential holds the rules the dashboard needs. The dashboard can sign with it from now on instead of
        credential #{sessionCredentialId}, which stays valid until it expires or you revoke it.
        {check.missingOptional.length > 0 && " Editing allowed IPs will not be available with it."}
      </p>
      <Button onClick={use} disabled={pending}>
        {pending ? "Switching…" : "Use for this session"}
      </Button>
      <ActionError state={state} />
    </StepSection>
  );
}
