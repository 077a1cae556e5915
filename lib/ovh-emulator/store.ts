import type { AccessRule } from "@/lib/ovh/models";
import { deriveAccountKeys, type Nichandle } from "./fixture-profile";
import { DEMO_KEY_SALT, DEMO_SEED, demoAccountKeys, seedAccount } from "./fixtures";
import {
  type AccountKeys,
  defaultKnobs,
  emptyStats,
  type Knobs,
  type Stats,
  type StoredApplication,
  type StoredCredential,
} from "./model";
import { createRng, HEX, type Rng, secureChars } from "./random";

// The emulator's state: accounts partitioned from each other, indexed globally by application
// key, consumer key and validation token (the only things a request carries).

export type Account = {
  seed: string;
  keys: AccountKeys;
  profile: Nichandle;
  applications: Map<number, StoredApplication>;
  credentials: Map<number, StoredCredential>;
  nextCredentialId: number;
  knobs: Knobs;
  stats: Stats;
  faultRng: Rng;
  rateWindows: Map<string, number[]>;
  failDeletesLeft: Map<number, number>;
};

export type CreateAccountOptions = {
  seed?: number | string;
  credentials?: number;
  expiredRatio?: number;
  applications?: number;
  foreignApplications?: number;
  knobs?: Partial<Knobs>;
};

type AppRef = { account: Account; application: StoredApplication };
type CredentialRef = { account: Account; credential: StoredCredential };

export type StoreOptions = { now: () => number; demo?: { credentials?: number; knobs?: Partial<Knobs> } };

export function createStore(options: StoreOptions) {
  const accounts: Account[] = [];
  const byAppKey = new Map<string, AppRef>();
  const byConsumerKey = new Map<string, CredentialRef>();
  const byToken = new Map<string, CredentialRef>();
  let demo: Account | null = null;

  function indexCredential(account: Account, credential: StoredCredential) {
    byConsumerKey.set(credential.consumerKey, { account, credential });
    if (credential.credentialToken) byToken.set(credential.credentialToken, { account, credential });
  }

  function register(seed: CreateAccountOptions & { seed: number | string; keySalt: string }): Account {
    const seeded = seedAccount({ ...seed, now: options.now() });
    const ids = seeded.credentials.map((c) => c.credentialId);
    const account: Account = {
      seed: seeded.seed,
      keys: seeded.keys,
      profile: seeded.profile,
      applications: new Map(seeded.applications.map((a) => [a.applicationId, a])),
      credentials: new Map(seeded.credentials.map((c) => [c.credentialId, c])),
      nextCredentialId: Math.max(0, ...ids) + 1,
      knobs: { ...defaultKnobs, ...seed.knobs },
      stats: emptyStats(),
      faultRng: createRng(`faults:${seed.keySalt}`),
      rateWindows: new Map(),
      failDeletesLeft: new Map(),
    };
    resetFailDeletes(account);
    for (const application of account.applications.values())
      byAppKey.set(application.applicationKey, { account, application });
    for (const credential of account.credentials.values()) indexCredential(account, credential);
    accounts.push(account);
    return account;
  }

  function resetFailDeletes(account: Account) {
    account.failDeletesLeft.clear();
    const fail = account.knobs.failDeletes;
    if (fail) for (const id of fail.ids) account.failDeletesLeft.set(id, fail.times);
  }

  function findApplication(applicationKey: string): AppRef | undefined {
    if (applicationKey === demoAccountKeys.applicationKey) demoAccount();
    return byAppKey.get(applicationKey);
  }

  function deleteCredential(account: Account, credentialId: number): boolean {
    const credential = account.credentials.get(credentialId);
    if (!credential) return false;
    account.credentials.delete(credentialId);
    byConsumerKey.delete(credential.consumerKey);
    if (credential.credentialToken) byToken.delete(credential.credentialToken);
    return true;
  }

  /** A fresh seeded account; a reused seed gives the same data under different keys. */
  function addAccount(create: CreateAccountOptions = {}): Account {
    const seed = create.seed ?? secureChars(12, HEX);
    let keySalt = `seed:${seed}`;
    for (let n = 2; byAppKey.has(deriveAccountKeys(keySalt).applicationKey); n++) keySalt = `seed:${seed}#${n}`;
    return register({ ...create, seed, keySalt });
  }

  function demoAccount(): Account {
    demo ??= register({
      seed: DEMO_SEED,
      keySalt: DEMO_KEY_SALT,
      credentials: options.demo?.credentials ?? 150,
      knobs: options.demo?.knobs,
    });
    return demo;
  }

  return {
    accounts: accounts as readonly Account[],

    addAccount,

    /** The keys of a validated full-access credential of an owned application of a fresh account. */
    createAccount(create: CreateAccountOptions = {}): AccountKeys {
      return { ...addAccount(create).keys };
    },

    demoAccount,

    findApplication,

    findAccount(applicationKey: string): Account | undefined {
      return findApplication(applicationKey)?.account;
    },

    findCredential(consumerKey: string): CredentialRef | undefined {
      return byConsumerKey.get(consumerKey);
    },

    findToken(credentialToken: string): CredentialRef | undefined {
      return byToken.get(credentialToken);
    },

    /** The account whose validation-page sign-in this is (login case-insensitive), if any. */
    findAccountBySignIn(login: string, password: string): Account | undefined {
      const wanted = login.trim().toLowerCase();
      return accounts.find((a) => a.keys.login.toLowerCase() === wanted && a.keys.password === password);
    },

    /**
     * A pending credential validated by another account becomes that account's (OVH links it to whoever
     * validates it): it moves there under a fresh id, and the requesting application joins that account
     * as a foreign one (listed nowhere, reachable through /me/api/credential/{id}/application).
     */
    transferCredential(from: Account, to: Account, credential: StoredCredential) {
      const requester = from.applications.get(credential.applicationId);
      if (!requester || from === to) return;
      let foreign = [...to.applications.values()].find((a) => a.applicationKey === requester.applicationKey);
      if (!foreign) {
        foreign = { ...requester, applicationId: Math.max(0, ...to.applications.keys()) + 1, owned: false };
        to.applications.set(foreign.applicationId, foreign);
      }
      from.credentials.delete(credential.credentialId);
      credential.credentialId = to.nextCredentialId++;
      credential.applicationId = foreign.applicationId;
      to.credentials.set(credential.credentialId, credential);
      indexCredential(to, credential);
    },

    /** A pending credential for a token request; the caller gets its consumer key and validation token. */
    requestCredential(
      account: Account,
      application: StoredApplication,
      request: { rules: AccessRule[]; redirection: string | null; allowedIPs: string[] | null },
    ): StoredCredential {
      const credential: StoredCredential = {
        credentialId: account.nextCredentialId++,
        applicationId: application.applicationId,
        consumerKey: secureChars(32, HEX),
        creation: options.now(),
        expiration: null,
        lastUse: null,
        ovhSupport: false,
        rules: request.rules,
        allowedIPs: request.allowedIPs,
        status: "pendingValidation",
        credentialToken: secureChars(64, HEX),
        redirection: request.redirection,
      };
      account.credentials.set(credential.credentialId, credential);
      indexCredential(account, credential);
      return credential;
    },

    /** The validation token works once, whatever the user decides. */
    consumeToken(credential: StoredCredential) {
      if (credential.credentialToken) byToken.delete(credential.credentialToken);
      credential.credentialToken = null;
    },

    deleteCredential,

    /** Deleting an application revokes (removes) every credential it holds on the account. */
    deleteApplication(account: Account, applicationId: number): boolean {
      const application = account.applications.get(applicationId);
      if (!application) return false;
      for (const credential of [...account.credentials.values()]) {
        if (credential.applicationId === applicationId) deleteCredential(account, credential.credentialId);
      }
      account.applications.delete(applicationId);
      byAppKey.delete(application.applicationKey);
      return true;
    },

    /** Forgets an account and every key of it (benchmarks create thousands of credentials per run). */
    removeAccount(account: Account) {
      for (const credential of [...account.credentials.values()]) deleteCredential(account, credential.credentialId);
      for (const application of account.applications.values()) {
        if (byAppKey.get(application.applicationKey)?.account === account) byAppKey.delete(application.applicationKey);
      }
      accounts.splice(accounts.indexOf(account), 1);
      if (demo === account) demo = null;
    },

    patchKnobs(account: Account, patch: Partial<Knobs>) {
      account.knobs = { ...account.knobs, ...patch };
      if ("failDeletes" in patch) resetFailDeletes(account);
    },

    resetStats(account: Account) {
      account.stats = { ...emptyStats(), inFlight: account.stats.inFlight };
    },
  };
}

export type Store = ReturnType<typeof createStore>;
