import { disconnectAction, disconnectAndExpireAction } from "@/app/(dashboard)/_shell/actions";
import { Button } from "@/components/ui/button";

export function SessionMenu() {
  return (
    <details className="relative">
      <summary className="cursor-pointer list-none rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50">
        Disconnect
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-72 space-y-2 rounded-lg border border-slate-200 bg-white p-3 shadow-lg">
        <form action={disconnectAction}>
          <Button type="submit" variant="secondary" className="w-full">
            Disconnect
          </Button>
        </form>
        <p className="text-xs text-slate-500">Forgets the keys in this browser. The credential stays valid at OVH.</p>
        <form action={disconnectAndExpireAction}>
          <Button type="submit" variant="danger" className="w-full">
            Disconnect and expire this credential
          </Button>
        </form>
        <p className="text-xs text-slate-500">
          Also calls POST /auth/logout: the consumer key stops working everywhere.
        </p>
      </div>
    </details>
  );
}
