import assert from "node:assert/strict";
import { test } from "node:test";
import { credentialsHref, removeExpiredHref } from "./credential-links";

test("an empty filter links to the plain credentials page", () => {
  assert.equal(credentialsHref(), "/credentials");
});

test("filters serialize in the table's own URL format", () => {
  assert.equal(credentialsHref({ status: ["expired"] }), "/credentials?status=expired");
  assert.equal(
    credentialsHref({ finding: ["full-access"], application: 123 }),
    "/credentials?application=123&finding=full-access",
  );
});

test("the remove-expired entry point pre-filters and asks the page to open its dialog", () => {
  assert.equal(removeExpiredHref, "/credentials?status=expired,refused&remove-expired=1");
});
