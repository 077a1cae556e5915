import { DEMO_POOL, type DemoPoolPolicy, demoPoolFullMessage, isIdleExpired, planDemoAdmission } from "./demo-pool";
import type { Account, Store } from "./store";

// The accounts behind the dashboard's "Use the demo account" button, created in-process (no control
// API call) and bounded by the pool policy (demo-pool.ts): each is forgotten, keys and all, once idle
// for the expiry time or when evicted to make room. Accounts created through the control API (tests,
// benchmarks) are not demo accounts and are never freed here.

export type DemoAccountResult = { ok: true; account: Account } | { ok: false; message: string };

export type DemoAccounts = {
  create(): DemoAccountResult;
  /** A signed call or a validation of this account: it is in use. */
  touch(account: Account): void;
  /** Forgets the account if it is a demo account idle past its expiry; true when it did. */
  expireIfIdle(account: Account): boolean;
  count(): number;
};

export function createDemoAccounts(
  store: Store,
  now: () => number,
  policy: Partial<DemoPoolPolicy> = {},
): DemoAccounts {
  const pool = { ...DEMO_POOL, ...policy };
  const lastUsed = new Map<Account, number>();

  function forget(account: Account) {
    lastUsed.delete(account);
    if (store.accounts.includes(account)) store.removeAccount(account);
  }

  return {
    create() {
      const entries = [...lastUsed].map(([item, lastUsedMs]) => ({ item, lastUsedMs }));
      const plan = planDemoAdmission(entries, now(), pool);
      if (!plan.admit) return { ok: false, message: demoPoolFullMessage(plan.retryInMs, pool) };
      for (const account of plan.evict) forget(account);
      const account = store.addAccount({});
      lastUsed.set(account, now());
      return { ok: true, account };
    },
    touch(account) {
      if (lastUsed.has(account)) lastUsed.set(account, now());
    },
    expireIfIdle(account) {
      const used = lastUsed.get(account);
      if (used === undefined || !isIdleExpired(used, now(), pool)) return false;
      forget(account);
      return true;
    },
    count: () => lastUsed.size,
  };
}
