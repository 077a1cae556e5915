import assert from "node:assert/strict";
import { test } from "node:test";
import { z } from "zod";
import { OvhApiError, OvhNetworkError } from "../ovh/errors";
import { invalid, ovhFailure } from "./failures";

const apiError = (status: number, errorCode: string, message: string, queryId?: string) =>
  new OvhApiError({ status, errorCode, message, queryId, method: "GET", route: "/me" });

test("an OVH failure becomes the form's message with OVH's query id", () => {
  const state = ovhFailure(apiError(500, "INTERNAL", "Internal error", "EU.q1"));
  assert.equal(state.status, "error");
  assert.equal(state.status === "error" && state.queryId, "EU.q1");
  assert.match(state.status === "error" ? state.message : "", /server error/);
  assert.equal(ovhFailure(new OvhNetworkError("timeout", "timed out", "GET", "/me")).status, "error");
});

test("anything that is not an OVH error is a bug, and is thrown", () => {
  const bug = new TypeError("undefined is not a function");
  assert.throws(() => ovhFailure(bug), bug);
  assert.throws(() => ovhFailure("a string"));
});

test("a refused argument lists its fields, and a form-level message wins over the default", () => {
  const fields = z.object({ id: z.number() }).safeParse({ id: "7" });
  assert.ok(!fields.success);
  const state = invalid(fields.error, "Some entries are not valid.");
  assert.ok(state.status === "error" && state.fieldErrors?.id);
  assert.equal(state.status === "error" && state.message, "Some entries are not valid.");
  const whole = z.uuid({ error: "This is not a token request id." }).safeParse("x");
  assert.ok(!whole.success);
  const refused = invalid(whole.error);
  assert.equal(refused.status === "error" && refused.message, "This is not a token request id.");
});
