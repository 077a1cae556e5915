import "server-only";
import { z } from "zod";

// The one place the server reads its environment: parsed with zod once, then handed around as a
// plain object. Secrets never come from anywhere else. Functions that depend on a setting take the
// parsed config as a parameter (defaulting to serverEnv()) so tests pass their own.

const DEV_FALLBACK_SECRET = "ovh-keys-development-only-session-secret-000";

const envSchema = z
  .object({
    NODE_ENV: z.string().optional(),
    SESSION_SECRET: z.string().optional(),
    OVH_EMULATOR: z.string().optional(),
    OVH_EMULATOR_URL: z.string().optional(),
    OVH_EMULATOR_CONTROL: z.string().optional(),
    OVH_EMULATOR_TRUST_PROXY: z.string().optional(),
    PORT: z.string().optional(),
    OVH_LOG_CALLS: z.string().optional(),
    OVH_KEYS_EGRESS_IPS: z.string().optional(),
  })
  .transform((raw) => ({
    production: raw.NODE_ENV === "production",
    development: raw.NODE_ENV === "development",
    sessionSecret: raw.SESSION_SECRET?.trim() || undefined,
    emulatorEnabled: raw.OVH_EMULATOR === "on",
    emulatorUrl: raw.OVH_EMULATOR_URL,
    /**
     * The mounted emulator's unsigned control API (/api/ovh-emulator/_emulator/*: accounts, knobs, ground
     * truth). Test-only: set by playwright.config.ts and the benchmarks, never by `npm run demo`.
     */
    emulatorControl: raw.OVH_EMULATOR_CONTROL === "on",
    /**
     * Whether the mounted emulator reads the caller's address from X-Forwarded-For (its last entry, the
     * one a trusted reverse proxy appends). Off: the address of the connection (lib/security/client-address.ts).
     */
    emulatorTrustProxy: raw.OVH_EMULATOR_TRUST_PROXY === "on",
    port: raw.PORT ?? "3000",
    logOvhCalls: raw.OVH_LOG_CALLS !== "off",
    egressIps: raw.OVH_KEYS_EGRESS_IPS,
  }));

export type ServerEnv = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): ServerEnv {
  return envSchema.parse(source);
}

let parsed: ServerEnv | undefined;

export function serverEnv(): ServerEnv {
  parsed ??= parseEnv(process.env);
  return parsed;
}

/** The iron-session password(s). SESSION_SECRET may list several, newest first, comma-separated. */
export function sessionPasswords(env: Pick<ServerEnv, "sessionSecret" | "production"> = serverEnv()) {
  if (!env.sessionSecret) {
    if (env.production) throw new MissingSessionSecretError();
    return { "1": DEV_FALLBACK_SECRET };
  }
  const secrets = env.sessionSecret
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (secrets.some((s) => s.length < 32)) {
    throw new Error("SESSION_SECRET: every secret must be at least 32 characters long.");
  }
  // iron-session seals with the highest id and unseals with any: the first secret listed is the newest.
  return Object.fromEntries(secrets.map((secret, i) => [String(secrets.length - i), secret])) as Record<string, string>;
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

export const emulatorEnabled = () => serverEnv().emulatorEnabled;
