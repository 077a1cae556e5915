import assert from "node:assert/strict";
import { test } from "node:test";
import { parseErrorBody } from "./error-body";
import {
  describeOvhError,
  isCredentialInvalid,
  isNotFound,
  isStaleTimestamp,
  OvhApiError,
  OvhNetworkError,
  OvhProtocolError,
  reportedFailure,
} from "./errors";

const apiError = (status: number, message: string, extra: { errorCode?: string; errorClass?: string } = {}) =>
  new OvhApiError({ status, message, method: "DELETE", route: "/me/api/credential/{id}", queryId: "EU.q1", ...extra });

test("each OVH failure is described by its own plain sentence that keeps OVH's message", () => {
  const cases: Array<[OvhApiError, RegExp]> = [
    [apiError(403, "Invalid application key", { errorCode: "INVALID_KEY" }), /application key/],
    [apiError(400, "Invalid signature", { errorClass: "Client::BadRequest" }), /signature.*application secret/],
    [apiError(403, "This credential is not valid", { errorCode: "INVALID_CREDENTIAL" }), /no longer valid/],
    [apiError(403, "This credential does not exist", { errorCode: "NOT_CREDENTIAL" }), /no longer valid/],
    [apiError(401, "You must login first"), /no longer valid/],
    [
      apiError(403, "This call has not been granted", { errorCode: "NOT_GRANTED_CALL" }),
      /not allowed to call DELETE \/me\/api\/credential\/\{id\}/,
    ],
    [apiError(403, "User not granted for this request", { errorClass: "Client::Forbidden" }), /not allowed to call/],
    [apiError(404, "The requested object (credentialId = 4) does not exist"), /could not find/],
    [apiError(429, "Too many requests"), /limiting/],
    [apiError(503, "Service Unavailable"), /server error \(HTTP 503\)/],
    [apiError(400, "Query out of time", { errorCode: "QUERY_TIME_OUT" }), /clock/],
    [apiError(409, "Conflict"), /refused the request \(HTTP 409\)/],
  ];
  for (const [err, expected] of cases) {
    const described = describeOvhError(err);
    assert.match(described.message, expected, err.message);
    assert.ok(described.message.includes(`"${err.message}"`), `OVH's message kept: ${described.message}`);
    assert.equal(described.queryId, "EU.q1");
  }
});

test("network, protocol and unknown errors get their own sentences", () => {
  assert.match(
    describeOvhError(new OvhNetworkError("timeout", "no answer", "GET", "/me")).message,
    /did not answer in time/,
  );
  const unreachable = describeOvhError(new OvhNetworkError("network", "fetch failed (ENOTFOUND)", "GET", "/me"));
  assert.match(unreachable.message, /could not be reached \(fetch failed \(ENOTFOUND\)\)/);
  assert.match(
    describeOvhError(new OvhProtocolError("status: Invalid option", "GET", "/me")).message,
    /unexpected format on GET \/me/,
  );
  const unknown = describeOvhError(new Error("secret-ish internal detail"));
  assert.doesNotMatch(unknown.message, /secret-ish/);
  assert.equal(unknown.queryId, undefined);
});

test("of several failures, the first OVH answered with a query id is the one reported", () => {
  const dropped = new OvhNetworkError("network", "request failed (ECONNRESET)", "GET", "/me/api/credential/{ids}");
  const answered = apiError(503, "Service unavailable");
  const droppedAfterAnswer = Object.assign(
    new OvhNetworkError("network", "request failed (ECONNRESET)", "GET", "/me/api/credential/{ids}"),
    { earlierAnswer: { status: 502, queryId: "EU.q0" } },
  );
  assert.equal(reportedFailure(undefined, dropped), dropped);
  assert.equal(reportedFailure(dropped, undefined), dropped);
  assert.equal(reportedFailure(dropped, answered), answered, "an answer with a query id wins over a drop");
  assert.equal(reportedFailure(answered, dropped), answered);
  assert.equal(reportedFailure(answered, apiError(500, "later")), answered, "otherwise the first is kept");
  assert.equal(reportedFailure(dropped, droppedAfterAnswer), droppedAfterAnswer, "an earlier answer counts");
  const secondDrop = new OvhNetworkError("timeout", "no answer", "GET", "/me");
  assert.equal(reportedFailure(dropped, secondDrop), dropped);
});

test("only dead credentials end the session", () => {
  assert.equal(
    isCredentialInvalid(apiError(403, "This credential is not valid", { errorCode: "INVALID_CREDENTIAL" })),
    true,
  );
  assert.equal(
    isCredentialInvalid(apiError(403, "This credential does not exist", { errorCode: "NOT_CREDENTIAL" })),
    true,
  );
  assert.equal(
    isCredentialInvalid(apiError(403, "This credential is not valid", { errorClass: "Client::Forbidden" })),
    true,
  );
  assert.equal(isCredentialInvalid(apiError(401, "You must login first")), true);
  assert.equal(
    isCredentialInvalid(apiError(403, "This call has not been granted", { errorCode: "NOT_GRANTED_CALL" })),
    false,
  );
  assert.equal(isCredentialInvalid(apiError(400, "Invalid signature", { errorCode: "INVALID_SIGNATURE" })), false);
  assert.equal(isCredentialInvalid(apiError(404, "This credential is not valid")), false);
  assert.equal(isCredentialInvalid(new OvhNetworkError("network", "x", "GET", "/me")), false);
});

test("not found and stale timestamps are recognised by status and code or message", () => {
  assert.equal(isNotFound(apiError(404, "gone")), true);
  assert.equal(isNotFound(apiError(403, "gone")), false);
  assert.equal(isNotFound(new Error("404")), false);
  assert.equal(isStaleTimestamp(apiError(400, "anything", { errorCode: "QUERY_TIME_OUT" })), true);
  assert.equal(isStaleTimestamp(apiError(400, "Timestamp is too far from the server time")), true);
  assert.equal(isStaleTimestamp(apiError(400, "Invalid signature")), false);
  assert.equal(isStaleTimestamp(apiError(403, "timestamp")), false);
});

test("an error body is parsed in either generation, or kept as text", () => {
  assert.deepEqual(
    parseErrorBody('{"message":"Invalid signature","httpCode":"400 Bad Request","errorCode":"INVALID_SIGNATURE"}', 400),
    {
      message: "Invalid signature",
      errorCode: "INVALID_SIGNATURE",
    },
  );
  assert.deepEqual(parseErrorBody('{"class":"Client::Forbidden","message":"no","details":{"a":"b"}}', 403), {
    message: "no",
    errorClass: "Client::Forbidden",
    details: { a: "b" },
  });
  assert.deepEqual(parseErrorBody("[1,2]", 500), { message: "[1,2]" });
  assert.deepEqual(parseErrorBody('{"errorCode":"X"}', 500), { message: '{"errorCode":"X"}', errorCode: "X" });
  assert.deepEqual(parseErrorBody("  ", 502, "Bad Gateway"), { message: "HTTP 502 Bad Gateway" });
  assert.equal(parseErrorBody("x".repeat(1000), 500).message.length, 301);
});

test("toString and toJSON carry the diagnosis and nothing else", () => {
  const err = apiError(403, "This credential is not valid", { errorCode: "INVALID_CREDENTIAL" });
  assert.equal(
    String(err),
    "OvhApiError: 403 INVALID_CREDENTIAL on DELETE /me/api/credential/{id}: This credential is not valid (query id EU.q1)",
  );
  assert.deepEqual(Object.keys(err.toJSON()).sort(), [
    "errorClass",
    "errorCode",
    "message",
    "method",
    "name",
    "queryId",
    "route",
    "status",
  ]);
});
