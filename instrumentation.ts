// Fails fast at server start, rather than on the first request, when the session secret is missing.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkStartup } = await import("./lib/startup-check");
    checkStartup();
  }
}
