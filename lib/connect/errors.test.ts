import assert from "node:assert/strict";
import { test } from "node:test";
import { OvhApiError, OvhNetworkError } from "@/lib/ovh/errors";
import { invalidCredentialBecause, ovhErrors } from "@/lib/ovh-emulator/ovh-errors";
import { connectFailure } from "./errors";

const answer = (body: { status: number; errorCode?: string; message: string }) =>
  new OvhApiError({ ...body, method: "GET", route: "/auth/currentCredential", queryId: "EU.q7" });
const label = "OVHcloud Europe";

test("each failure of the key check is said on the field to fix, in its own words, with OVH's query id", () => {
  const cases: Array<[{ status: number; errorCode?: string; message: string }, string, string]> = [
    [ovhErrors.invalidKey, "applicationKey", "OVH does not know this application key."],
    [
      ovhErrors.invalidSignature,
      "applicationSecret",
      "The application secret does not belong to this application key.",
    ],
    [ovhErrors.notCredential, "consumerKey", "This consumer key does not exist for this application."],
    [invalidCredentialBecause("expired"), "consumerKey", "This credential has expired. Request a new consumer key."],
    [
      invalidCredentialBecause("refused"),
      "consumerKey",
      "This credential was refused at validation. Request a new consumer key.",
    ],
    [
      invalidCredentialBecause("pendingValidation"),
      "consumerKey",
      "This credential is still waiting for validation. Open its validation URL first.",
    ],
    [ovhErrors.invalidCredential, "consumerKey", "This credential is not valid: it may have expired or been revoked."],
    [ovhErrors.loginFirst, "consumerKey", "This credential is not valid: it may have expired or been revoked."],
    [
      ovhErrors.notGranted,
      "consumerKey",
      "This credential may not read your account (GET /me). Give it the rules listed in the README.",
    ],
    [
      ovhErrors.tooManyRequests,
      "endpoint",
      'OVH is limiting the request rate; wait a minute and try again. OVH said: "Too many requests".',
    ],
  ];
  for (const [body, field, message] of cases) {
    assert.deepEqual(connectFailure(answer(body), label), { field, message, queryId: "EU.q7" }, body.message);
  }
});

test("no answer at all is said on the endpoint, naming it", () => {
  assert.deepEqual(connectFailure(new OvhNetworkError("timeout", "no answer", "GET", "/me"), label), {
    field: "endpoint",
    message: "The OVHcloud Europe API did not answer in time. Check the endpoint and your network, then try again.",
  });
  assert.deepEqual(connectFailure(new OvhNetworkError("network", "ENOTFOUND", "GET", "/me"), label), {
    field: "endpoint",
    message: "The OVHcloud Europe API could not be reached. Check the endpoint and your network, then try again.",
  });
});
