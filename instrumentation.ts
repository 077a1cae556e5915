// Fails fast at server start, rather than on the first request, when the session secret is missing; then
// makes the first fetch of the process outside any request (lib/warm-fetch.ts says why).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkStartup } = await import("./lib/startup-check");
    checkStartup();
    const { warmFetch } = await import("./lib/warm-fetch");
    await warmFetch();
  }
}
