import assert from "node:assert/strict";
import { test } from "node:test";
import {
  badBodyParameter,
  injectedFault,
  invalidCredentialBecause,
  objectNotFound,
  ovhErrors,
} from "@/lib/ovh-emulator/ovh-errors";
import { parseErrorBody } from "./error-body";
import {
  classifyOvhAnswer,
  classifyOvhError,
  describeOvhError,
  endsSession,
  isCredentialInvalid,
  isNotFound,
  isStaleTimestamp,
  OvhApiError,
  type OvhErrorKind,
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

test("the emulator's error bodies are classified by kind, and only the credential's own end the session", () => {
  const cases: Array<[{ status: number; errorCode?: string; message: string }, OvhErrorKind, boolean]> = [
    [ovhErrors.invalidSignature, "invalid-signature", false],
    [ovhErrors.queryTimeOut, "stale-timestamp", false],
    [ovhErrors.badAccessRules, "other", false],
    [badBodyParameter("rules"), "other", false],
    [ovhErrors.loginFirst, "credential-invalid", true],
    [ovhErrors.invalidKey, "invalid-application-key", true],
    [ovhErrors.notCredential, "credential-missing", true],
    [ovhErrors.invalidCredential, "credential-invalid", true],
    [invalidCredentialBecause("pendingValidation"), "credential-pending", true],
    [invalidCredentialBecause("refused"), "credential-refused", true],
    [invalidCredentialBecause("expired"), "credential-expired", true],
    [ovhErrors.notGranted, "not-granted", false],
    [ovhErrors.ipNotAllowed, "ip-restricted", false],
    [ovhErrors.unknownRoute, "not-found", false],
    [objectNotFound("credentialId", "4"), "not-found", false],
    [ovhErrors.methodNotAllowed, "other", false],
    [ovhErrors.tooManyRequests, "rate-limited", false],
    [injectedFault(500), "unavailable", false],
    [injectedFault(503), "unavailable", false],
  ];
  for (const [body, kind, ends] of cases) {
    const classified = classifyOvhAnswer({ ...body, queryId: "EU.q9" });
    assert.deepEqual(classified, { kind, status: body.status, queryId: "EU.q9", message: body.message }, body.message);
    assert.equal(endsSession(classified), ends, body.message);
    assert.equal(classifyOvhError(apiError(body.status, body.message, { errorCode: body.errorCode })).kind, kind);
  }
});

test("OVH's IAM-era bodies, without errorCode, are classified by their message", () => {
  const iam = (status: number, message: string, errorClass: string) =>
    classifyOvhError(apiError(status, message, { errorClass })).kind;
  assert.equal(iam(400, "Invalid signature", "Client::BadRequest"), "invalid-signature");
  assert.equal(iam(403, "Invalid application key", "Client::Forbidden"), "invalid-application-key");
  assert.equal(iam(403, "This credential is not valid", "Client::Forbidden"), "credential-invalid");
  assert.equal(iam(403, "This credential does not exist", "Client::Forbidden"), "credential-missing");
  assert.equal(iam(403, "User not granted for this request", "Client::Forbidden"), "not-granted");
  assert.equal(iam(403, "This call has not been granted", "Client::Forbidden"), "not-granted");
  assert.equal(iam(404, "This service does not exist", "Client::NotFound"), "not-found");
  assert.equal(iam(409, "Cart already exists", "CartAlreadyExists"), "other");
  assert.equal(iam(460, "Service expired", "Client::Expired"), "other");
});

test("failures without an answer are classified by what happened, keeping an earlier answer's query id", () => {
  assert.deepEqual(classifyOvhError(new OvhNetworkError("timeout", "no answer", "GET", "/me")), {
    kind: "timeout",
    message: "no answer",
  });
  const dropped = Object.assign(new OvhNetworkError("network", "ECONNRESET", "GET", "/me"), {
    earlierAnswer: { status: 502, queryId: "EU.q0" },
  });
  assert.deepEqual(classifyOvhError(dropped), { kind: "network", message: "ECONNRESET", queryId: "EU.q0" });
  assert.equal(classifyOvhError(new OvhProtocolError("status: Invalid option", "GET", "/me")).kind, "protocol");
  assert.equal(classifyOvhError(new Error("boom")).kind, "unknown");
  assert.equal(endsSession(classifyOvhError(dropped)), false);
});

test("describeOvhError's sentences stay word for word", () => {
  const said = (message: string) => ` OVH said: "${message}".`;
  const cases: Array<[OvhApiError, string]> = [
    [
      apiError(403, "Invalid application key", { errorCode: "INVALID_KEY" }),
      "OVH does not recognise this application key; check it and the chosen endpoint.",
    ],
    [
      apiError(400, "Invalid signature", { errorCode: "INVALID_SIGNATURE" }),
      "OVH rejected the request signature: the application secret does not match the application key.",
    ],
    [
      apiError(400, "Query out of time: check your clock with /auth/time", { errorCode: "QUERY_TIME_OUT" }),
      "OVH rejected the request time; the server clock may be off. Please try again.",
    ],
    [
      apiError(403, "This credential is not valid: it has expired", { errorCode: "INVALID_CREDENTIAL" }),
      "This consumer key is no longer valid (expired, revoked or refused); sign in again.",
    ],
    [
      apiError(403, "This call has not been granted", { errorCode: "NOT_GRANTED_CALL" }),
      "This consumer key is not allowed to call DELETE /me/api/credential/{id}.",
    ],
    [
      apiError(403, "This credential cannot be used from your IP address", { errorCode: "FORBIDDEN" }),
      "OVH refused the request (HTTP 403).",
    ],
    [
      apiError(404, "Got an invalid (or empty) URL"),
      "OVH could not find this object; it may have been deleted already.",
    ],
    [apiError(429, "Too many requests"), "OVH is limiting the request rate; wait a minute and try again."],
    [apiError(502, "Bad gateway"), "OVH had a server error (HTTP 502); try again later."],
    [apiError(405, "Method not allowed on this route"), "OVH refused the request (HTTP 405)."],
  ];
  for (const [err, sentence] of cases) {
    assert.equal(describeOvhError(err).message, `${sentence}${said(err.message)}`);
  }
});
