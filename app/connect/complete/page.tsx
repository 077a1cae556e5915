import type { Metadata } from "next";
import { CompleteConnection } from "./complete-connection";

export const metadata: Metadata = { title: "Finish connecting" };

/** Where OVH's validation page sends the admin back after "connect with an application key and secret only". */
export default function CompleteConnectPage() {
  return (
    <main className="mx-auto flex min-h-screen max-w-xl flex-col justify-center gap-6 px-4 py-12">
      <header className="space-y-2">
        <p className="text-sm font-semibold tracking-wide text-blue-700 uppercase">ovh-keys</p>
        <h1 className="text-2xl font-semibold">Finishing the connection</h1>
        <p className="text-sm text-slate-600">
          The dashboard checks that OVH accepted the consumer key it requested for you, then opens the dashboard.
        </p>
      </header>
      <CompleteConnection />
    </main>
  );
}
