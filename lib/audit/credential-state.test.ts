import assert from "node:assert/strict";
import { test } from "node:test";
import { canAct, isPastExpiry, timeOf, toMillis } from "./credential-state";
import { daysAgo, daysFromNow, NOW } from "./test-fixtures";

test("dates with an offset parse, and missing or malformed ones are null", () => {
  assert.equal(timeOf("2020-03-28T08:07:14+01:00"), Date.parse("2020-03-28T07:07:14Z"));
  assert.equal(timeOf(null), null);
  assert.equal(timeOf("not a date"), null);
});

test("now is accepted as a Date or as milliseconds", () => {
  assert.equal(toMillis(new Date(NOW)), NOW);
  assert.equal(toMillis(NOW), NOW);
});

test("only a validated credential past its expiration is past expiry", () => {
  assert.equal(isPastExpiry({ status: "validated", expiration: daysAgo(1) }, NOW), true);
  assert.equal(isPastExpiry({ status: "validated", expiration: new Date(NOW).toISOString() }, NOW), true);
  assert.equal(isPastExpiry({ status: "validated", expiration: daysFromNow(1) }, NOW), false);
  assert.equal(isPastExpiry({ status: "validated", expiration: null }, NOW), false);
  assert.equal(isPastExpiry({ status: "expired", expiration: daysAgo(1) }, NOW), false);
});

test("a credential can act when validated and not past expiry", () => {
  assert.equal(canAct({ status: "validated", expiration: null }, NOW), true);
  assert.equal(canAct({ status: "validated", expiration: daysAgo(1) }, new Date(NOW)), false);
  assert.equal(canAct({ status: "pendingValidation", expiration: null }, NOW), false);
  assert.equal(canAct({ status: "refused", expiration: null }, NOW), false);
});
