/** A production start without a usable SESSION_SECRET stops with a clear message. */
export function checkStartup() {
  if (process.env.NODE_ENV !== "production") return;
  const raw = process.env.SESSION_SECRET?.trim();
  if (!raw || raw.split(",").some((secret) => secret.trim().length < 32)) {
    console.error(
      "ovh-keys: SESSION_SECRET must be set to at least 32 characters (for example: openssl rand -base64 32). Refusing to start.",
    );
    process.exit(1);
  }
}
