import "server-only";

// Server configuration read from the environment. Secrets never come from anywhere else.

const DEV_FALLBACK_SECRET = "ovh-keys-development-only-session-secret-000";

/** The iron-session password(s). SESSION_SECRET may list several, newest first, comma-separated. */
export function sessionPasswords(): Record<string, string> {
  const raw = process.env.SESSION_SECRET?.trim();
  if (!raw) {
    if (process.env.NODE_ENV === "production") throw new MissingSessionSecretError();
    return { "1": DEV_FALLBACK_SECRET };
  }
  const secrets = raw
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (secrets.some((s) => s.length < 32)) {
    throw new Error("SESSION_SECRET: every secret must be at least 32 characters long.");
  }
  // iron-session seals with the highest id and unseals with any: the first secret listed is the newest.
  return Object.fromEntries(secrets.map((secret, i) => [String(secrets.length - i), secret]));
}

export class MissingSessionSecretError extends Error {
  constructor() {
    super(
      "SESSION_SECRET is not set. Set it to a random string of at least 32 characters " +
        "(for example: openssl rand -base64 32) before starting ovh-keys in production.",
    );
    this.name = "MissingSessionSecretError";
  }
}

export const emulatorEnabled = () => process.env.OVH_EMULATOR === "on";
