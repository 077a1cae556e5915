// On OVH a pending credential belongs to whoever validates its link, so a credential requested by this
// session may belong to another account. Before a credential enters the session, its account (GET /me
// nichandle, signed with it) must be the one the session already manages. Pure, so it is unit-tested.

export type AccountCheck = { ok: true } | { ok: false; message: string };

/** Nichandles compare without case: OVH shows them lowercase but accepts any case at sign-in. */
export function sameAccount(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * `expected` is the session's account (undefined when there is none: a first sign-in accepts any);
 * `found` the new credential's.
 */
export function checkCredentialAccount(expected: string | undefined, found: string): AccountCheck {
  if (expected === undefined || sameAccount(expected, found)) return { ok: true };
  return {
    ok: false,
    message:
      `This credential belongs to OVH account ${found}, not to ${expected}, the account this session manages. ` +
      `It was not used. Whoever validated its link signed in to OVH as ${found}: revoke the credential from ` +
      `that account (or ask its admin to), and validate a new request while signed in to OVH as ${expected}.`,
  };
}
