import { type ServerEnv, serverEnv, sessionPasswords } from "@/lib/runtime/env";

/** A production start without a usable SESSION_SECRET stops with a clear message. */
export function checkStartup(env: ServerEnv = serverEnv()) {
  if (!env.production) return;
  try {
    sessionPasswords(env);
  } catch {
    console.error(
      "ovh-keys: SESSION_SECRET must be set to at least 32 characters (for example: openssl rand -base64 32). Refusing to start.",
    );
    process.exit(1);
  }
}
