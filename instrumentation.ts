// Fails fast at server start, rather than on the first request, when the session secret is missing; then
// sets up what outbound calls need to run outside any request (lib/runtime/warm-fetch.ts and
// lib/ovh/outbound-context.ts say why).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkStartup } = await import("./lib/runtime/startup-check");
    checkStartup();
    const { refuseUnknownMethods } = await import("./lib/runtime/refuse-unknown-methods");
    refuseUnknownMethods();
    const { createOutboundContext } = await import("./lib/ovh/outbound-context");
    createOutboundContext();
    const { warmFetch } = await import("./lib/runtime/warm-fetch");
    await warmFetch();
  }
}
