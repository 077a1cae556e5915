import assert from "node:assert/strict";
import { test } from "node:test";
import { checkCredentialAccount, sameAccount } from "./same-account";

test("a credential of the session's own account passes, whatever the case", () => {
  assert.deepEqual(checkCredentialAccount("xx1234-ovh", "xx1234-ovh"), { ok: true });
  assert.equal(sameAccount("XX1234-OVH", " xx1234-ovh"), true);
});

test("without a previous account (a first sign-in) any account is accepted", () => {
  assert.deepEqual(checkCredentialAccount(undefined, "yy5678-ovh"), { ok: true });
});

test("another account is refused with both nichandles and what to do with the stray credential", () => {
  const check = checkCredentialAccount("yy5678-ovh", "xx1234-ovh");
  assert.equal(check.ok, false);
  if (check.ok) return;
  assert.match(
    check.message,
    /^This credential belongs to OVH account xx1234-ovh, not to yy5678-ovh, the account this session manages\. It was not used\./,
  );
  assert.match(check.message, /revoke the credential from that account/);
});
