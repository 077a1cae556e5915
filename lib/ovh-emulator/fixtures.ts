import { MINUTE } from "./datetime";
import { buildApplications } from "./fixture-applications";
import { type Draft, makeCredentialDraft, planShapes, type ShapeContext } from "./fixture-credentials";
import { buildProfile, deriveAccountKeys, keyStreamAfterDashboard, type Nichandle } from "./fixture-profile";
import type { AccountKeys, StoredApplication, StoredCredential } from "./model";
import { createRng, HEX, randomChars, randomInt } from "./random";

// Deterministic seeded accounts: the same seed, size and `now` always give the same
// applications, credentials and dates. Keys come from `keySalt` (default: the seed), so two
// accounts built from one seed can still get distinct keys.

export const MAX_CREDENTIALS = 10_000;

export type SeedOptions = {
  seed: number | string;
  /** Credentials including the dashboard one; default 150, at most 10,000. */
  credentials?: number;
  now: number;
  /** Fraction of the other credentials that are expired; default 0.15. */
  expiredRatio?: number;
  /** Owned applications; default 8 (the hostile-text set), at least 1. */
  applications?: number;
  /** Foreign applications (OVH's consoles), 0 to 3; default 3. */
  foreignApplications?: number;
  keySalt?: string;
};

export type SeededAccount = {
  seed: string;
  keys: AccountKeys;
  profile: Nichandle;
  applications: StoredApplication[];
  credentials: StoredCredential[];
  dashboardCredentialId: number;
};

/** The fixed demo account: seed 1, keys from the reserved "demo" salt. */
export const DEMO_SEED = 1;
export const DEMO_KEY_SALT = "demo";
export const demoAccountKeys: AccountKeys = deriveAccountKeys(DEMO_KEY_SALT);

export function seedAccount(options: SeedOptions): SeededAccount {
  const seed = String(options.seed);
  const keySalt = options.keySalt ?? `seed:${seed}`;
  const count = Math.max(1, Math.min(MAX_CREDENTIALS, Math.floor(options.credentials ?? 150)));
  const expiredRatio = Math.max(0, Math.min(1, options.expiredRatio ?? 0.15));
  const ownedCount = Math.max(1, Math.min(200, Math.floor(options.applications ?? 8)));
  const foreignCount = Math.max(0, Math.min(3, Math.floor(options.foreignApplications ?? 3)));
  const { now } = options;

  const keys = deriveAccountKeys(keySalt);
  const keyRng = keyStreamAfterDashboard(keySalt);
  const rng = createRng(`data:${seed}`);
  const profile = buildProfile(createRng(`profile:${seed}`), keys.nichandle);
  const { owned, foreign } = buildApplications(rng, keyRng, ownedCount, keys, foreignCount);
  const dashboardApp = owned[0];
  if (!dashboardApp) throw new Error("a seeded account needs its dashboard application");

  const dashboard: Draft = {
    applicationId: dashboardApp.applicationId,
    creation: now - 5 * MINUTE,
    expiration: null,
    lastUse: null,
    ovhSupport: false,
    rules: (["GET", "POST", "PUT", "DELETE"] as const).map((method) => ({ method, path: "/*" })),
    allowedIPs: null,
    status: "validated",
    redirection: null,
  };
  const ctx: ShapeContext = { rng, now, owned, foreign, previous: [] };
  const drafts: Draft[] = [];
  for (const shape of planShapes(rng, count - 1, Math.round((count - 1) * expiredRatio))) {
    const draft = makeCredentialDraft(shape, ctx);
    drafts.push(draft);
    if (draft.status === "validated") (ctx.previous as Draft[]).push(draft);
  }
  drafts.sort((a, b) => a.creation - b.creation);

  // Ids grow with creation time, as OVH's do; the dashboard credential is the newest.
  let nextId = randomInt(rng, 300_000_000, 400_000_000);
  const step = Math.max(1, Math.floor(900_000_000 / (count + 1)));
  const credentials: StoredCredential[] = drafts.map((draft) => {
    nextId += randomInt(rng, 1, Math.min(step, 60_000));
    const pending = draft.status === "pendingValidation";
    return {
      ...draft,
      credentialId: nextId,
      consumerKey: randomChars(keyRng, 32, HEX),
      credentialToken: pending ? randomChars(keyRng, 64, HEX) : null,
    };
  });
  const dashboardCredentialId = nextId + randomInt(rng, 1, 60_000);
  credentials.push({
    ...dashboard,
    credentialId: dashboardCredentialId,
    consumerKey: keys.consumerKey,
    credentialToken: null,
  });

  return {
    seed,
    keys,
    profile,
    applications: [...owned, ...foreign],
    credentials,
    dashboardCredentialId,
  };
}
