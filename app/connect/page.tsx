import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { availableEndpoints, endpointLabel } from "@/lib/ovh/endpoints";
import { emulatorEnabled } from "@/lib/runtime/env";
import { type ConnectReason, isConnectReason } from "@/lib/session/ended";
import { ConnectForm } from "./connect-form";
import { ForgetEndedSession } from "./forget-ended-session";

export const metadata: Metadata = { title: "Connect" };

// Keyed by the ConnectReason union and read only through isConnectReason: a plain object indexed by
// the query string would answer ?reason=__proto__ with Object.prototype (and render a 500).
const reasons: Record<ConnectReason, string> = {
  "credential-invalid":
    "OVH no longer accepts the credential this session used: it expired, was revoked or was refused. Connect again.",
  disconnected: "You are disconnected. The keys were removed from this browser.",
  expired: "You are disconnected and the session's credential was expired at OVH.",
  "expire-failed":
    "You are disconnected, but OVH did not confirm that the credential expired. Revoke it from the credentials page of another session.",
  "session-unreadable": "Your session could not be read (it was altered or signed with an old secret). Connect again.",
};

export default async function ConnectPage({ searchParams }: { searchParams: Promise<{ reason?: string }> }) {
  const { reason } = await searchParams;
  const notice = isConnectReason(reason) ? reasons[reason] : undefined;
  const demo = emulatorEnabled();
  const endpoints = availableEndpoints().map((id) => ({ id, label: endpointLabel(id) }));
  return (
    <main className="mx-auto flex min-h-screen max-w-xl flex-col justify-center gap-6 px-4 py-12">
      <header className="space-y-2">
        <p className="text-sm font-semibold tracking-wide text-blue-700 uppercase">ovh-keys</p>
        <h1 className="text-2xl font-semibold">Connect to your OVHcloud account</h1>
        <p className="text-sm text-slate-600">
          Audit every application and credential of the account, revoke what is risky, and create least-privilege token
          requests. Keys stay in an encrypted, httpOnly cookie: the browser never sees them again.
        </p>
      </header>
      {notice && <Alert tone={reason === "disconnected" || reason === "expired" ? "info" : "warning"}>{notice}</Alert>}
      {reason === "credential-invalid" || reason === "session-unreadable" ? <ForgetEndedSession /> : null}
      <ConnectForm endpoints={endpoints} defaultEndpoint={demo ? "emulator" : "ovh-eu"} demo={demo} />
    </main>
  );
}
