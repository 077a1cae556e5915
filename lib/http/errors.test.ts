import assert from "node:assert/strict";
import { test } from "node:test";
import {
  apiError,
  connectReasonFor,
  connectUrlForError,
  type ErrorCode,
  errorStatus,
  isErrorCode,
  readErrorBody,
} from "./errors";

test("every code answers its own status, in the one body shape, never cached", async () => {
  for (const code of Object.keys(errorStatus) as ErrorCode[]) {
    const response = apiError(code, "Refused.");
    assert.equal(response.status, errorStatus[code], code);
    assert.equal(response.headers.get("cache-control"), "no-store");
    assert.deepEqual(await response.json(), { error: { code, message: "Refused." } });
  }
});

test("detail travels in the body and a passed-on upstream status replaces the code's own", async () => {
  const response = apiError("upstream:ovh", "OVH refused.", { queryId: "EU.ext-1", status: 403 });
  assert.equal(response.status, 403);
  assert.deepEqual(await response.json(), {
    error: { code: "upstream:ovh", message: "OVH refused.", queryId: "EU.ext-1" },
  });
});

test("a 401 sends the admin to /connect saying why, whatever the code", () => {
  assert.equal(connectUrlForError("unauthorized:credential"), "/connect?reason=credential-invalid");
  assert.equal(connectUrlForError("unauthorized:session-unreadable"), "/connect?reason=session-unreadable");
  assert.equal(connectReasonFor("unauthorized:session"), "disconnected");
  assert.equal(connectReasonFor(undefined), "disconnected");
});

test("an error body from elsewhere is read defensively", () => {
  for (const body of [null, "text", 1, [], {}, { error: null }, { error: "boom" }]) {
    assert.deepEqual(readErrorBody(body), { code: undefined, message: undefined, queryId: undefined }, String(body));
  }
  assert.deepEqual(readErrorBody({ error: { code: "__proto__", message: 3, queryId: "q" } }), {
    code: undefined,
    message: undefined,
    queryId: "q",
  });
  for (const value of ["__proto__", "toString", "hasOwnProperty", "", 1]) assert.equal(isErrorCode(value), false);
});
