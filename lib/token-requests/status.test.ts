import assert from "node:assert/strict";
import { test } from "node:test";
import { isFinalStatus, statusFromCheckError, statusFromCredential } from "./status";

const invalid = (message: string) => ({ status: 403, errorCode: "INVALID_CREDENTIAL", message });

test("the emulator's reasons for an unusable key map to pending, refused and expired", () => {
  assert.equal(
    statusFromCheckError(invalid("This credential is not valid: it is pending validation"))?.status,
    "pending",
  );
  assert.equal(statusFromCheckError(invalid("This credential is not valid: it was refused"))?.status, "refused");
  assert.equal(statusFromCheckError(invalid("This credential is not valid: it has expired"))?.status, "expired");
});

test("a bare 'not valid' keeps polling as pending and says OVH gave no reason", () => {
  const result = statusFromCheckError(invalid("This credential is not valid"));
  assert.equal(result?.status, "pending");
  assert.match(result?.message ?? "", /without saying why/);
  assert.equal(isFinalStatus(result?.status), false);
});

test("the IAM-era body without errorCode is read from its message", () => {
  assert.equal(
    statusFromCheckError({ status: 403, message: "This credential is not valid: it was refused" })?.status,
    "refused",
  );
});

test("a deleted credential is gone", () => {
  assert.equal(
    statusFromCheckError({ status: 403, errorCode: "NOT_CREDENTIAL", message: "This credential does not exist" })
      ?.status,
    "gone",
  );
});

test("an allowed-IP refusal means the key cannot be read from the dashboard's address", () => {
  const result = statusFromCheckError({
    status: 403,
    errorCode: "FORBIDDEN",
    message: "This credential cannot be used from your IP address",
  });
  assert.equal(result?.status, "ip-restricted");
  assert.equal(isFinalStatus("ip-restricted"), true);
});

test("errors that say nothing about the key are not mapped", () => {
  assert.equal(statusFromCheckError({ status: 503, message: "Service temporarily unavailable" }), null);
  assert.equal(
    statusFromCheckError({ status: 400, errorCode: "INVALID_SIGNATURE", message: "Invalid signature" }),
    null,
  );
  assert.equal(
    statusFromCheckError({ status: 403, errorCode: "INVALID_KEY", message: "Invalid application key" }),
    null,
  );
});

test("a readable credential maps its own status", () => {
  assert.equal(statusFromCredential({ status: "validated" }).status, "validated");
  assert.equal(statusFromCredential({ status: "expired" }).status, "expired");
});

test("only pending keeps polling", () => {
  assert.equal(isFinalStatus("pending"), false);
  assert.equal(isFinalStatus(undefined), false);
  for (const status of ["validated", "refused", "expired", "gone", "untracked"] as const) {
    assert.equal(isFinalStatus(status), true, status);
  }
});
