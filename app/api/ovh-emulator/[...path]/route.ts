import { emulatorEnabled } from "@/lib/runtime/env";

// The OVH API emulator, mounted for `npm run demo` and the e2e tests. Off (404) unless OVH_EMULATOR=on;
// loaded lazily so production never evaluates it.

async function handle(request: Request): Promise<Response> {
  if (!emulatorEnabled()) return new Response("Not found", { status: 404 });
  const { getSharedEmulator, isDroppedConnection } = await import("@/lib/ovh-emulator/shared");
  const clientIp = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "127.0.0.1";
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
