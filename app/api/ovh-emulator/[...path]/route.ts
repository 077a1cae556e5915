import { emulatorEnabled, serverEnv } from "@/lib/runtime/env";
import { emulatorClientAddress } from "@/lib/security/client-address";

// The OVH API emulator, mounted for `npm run demo` and the e2e tests. Off (404) unless OVH_EMULATOR=on;
// loaded lazily so production never evaluates it. The caller's address is the connection's, never one
// the caller wrote (lib/security/client-address.ts).

async function handle(request: Request): Promise<Response> {
  if (!emulatorEnabled()) return new Response("Not found", { status: 404 });
  const { getSharedEmulator, isDroppedConnection } = await import("@/lib/ovh-emulator/shared");
  const clientIp = emulatorClientAddress(request.headers, serverEnv().emulatorTrustProxy);
  try {
    return await getSharedEmulator().fetch(request, { clientIp });
  } catch (error) {
    if (!isDroppedConnection(error)) throw error;
    // A route handler cannot destroy its socket; a body that fails mid-stream makes Node abort the
    // response, so the client sees a dropped connection as it would from the standalone server.
    const broken = new ReadableStream({
      start(controller) {
        controller.error(error);
      },
    });
    return new Response(broken, { status: 200, headers: { "Content-Type": "application/json" } });
  }
}

export { handle as DELETE, handle as GET, handle as PATCH, handle as POST, handle as PUT };
