import "client-only";

// Every tab of a browser shares one session cookie, and the cookie is written whole by each action's
// answer: two tabs quarantining at the same moment both send the same old cookie, and the answer that
// lands last erases the other's restore data. Actions that write the session therefore run one at a
// time across the browser's tabs (Web Locks are shared by every page of an origin), so each one is
// sent with the cookie the previous one wrote. Where Web Locks are missing, the call runs unlocked.

const LOCK = "ovh-keys-session-write";

export function withSessionWriteLock<T>(run: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === "undefined" ? undefined : navigator.locks;
  if (!locks) return run();
  return locks.request(LOCK, run) as Promise<T>;
}
