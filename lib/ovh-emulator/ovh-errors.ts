import type { OvhError } from "./responses";

// The error catalogue. Codes and messages marked "chosen" are not attested for the live API
// (see ../shared/ovh-api/README.md §7); the rest are quoted from real responses or SDK mocks.

export const ovhErrors = {
  invalidSignature: { status: 400, errorCode: "INVALID_SIGNATURE", message: "Invalid signature" },
  // chosen: only the code is attested (csharp-ovh maps it to StaleRequestException)
  queryTimeOut: {
    status: 400,
    errorCode: "QUERY_TIME_OUT",
    message: "Query out of time: check your clock with /auth/time",
  },
  badAccessRules: {
    status: 400,
    errorCode: "BAD_PARAMETER",
    message: "Body parameter accessRules isn't formated correctly",
  },
  loginFirst: { status: 401, errorCode: "NOT_AUTHENTICATED", message: "You must login first" },
  invalidKey: { status: 403, errorCode: "INVALID_KEY", message: "Invalid application key" },
  notCredential: { status: 403, errorCode: "NOT_CREDENTIAL", message: "This credential does not exist" },
  invalidCredential: { status: 403, errorCode: "INVALID_CREDENTIAL", message: "This credential is not valid" },
  notGranted: { status: 403, errorCode: "NOT_GRANTED_CALL", message: "This call has not been granted" },
  // chosen: OVH documents no answer for an allowedIPs violation
  ipNotAllowed: {
    status: 403,
    errorCode: "FORBIDDEN",
    message: "This credential cannot be used from your IP address",
  },
  unknownRoute: { status: 404, errorCode: "NOT_FOUND", message: "Got an invalid (or empty) URL" },
  methodNotAllowed: { status: 405, errorCode: "METHOD_NOT_ALLOWED", message: "Method not allowed on this route" },
  tooManyRequests: { status: 429, errorCode: "TOO_MANY_REQUESTS", message: "Too many requests" },
} satisfies Record<string, OvhError>;

// chosen: OVH's live wording for a dead consumer key is unverified; the reason is appended so an admin
// (and the dashboard's connect form) can tell an expired key from a refused or unvalidated one.
const deadReasons = {
  expired: "it has expired",
  refused: "it was refused",
  pendingValidation: "it is pending validation",
};

export function invalidCredentialBecause(status: keyof typeof deadReasons): OvhError {
  return { ...ovhErrors.invalidCredential, message: `${ovhErrors.invalidCredential.message}: ${deadReasons[status]}` };
}

export function badBodyParameter(name: string): OvhError {
  return { status: 400, errorCode: "BAD_PARAMETER", message: `Body parameter ${name} isn't formated correctly` };
}

export function badQueryParameter(name: string, expected: string): OvhError {
  return { status: 400, errorCode: "BAD_PARAMETER", message: `Invalid value for parameter ${name}: ${expected}` };
}

/** The "(<param> = <value>) does not exist" pattern OVH uses for unknown objects. */
export function objectNotFound(param: string, value: string): OvhError {
  return { status: 404, errorCode: "NOT_FOUND", message: `The requested object (${param} = ${value}) does not exist` };
}

export function injectedFault(status: number): OvhError {
  const messages: Record<number, string> = {
    500: "Internal server error",
    502: "Bad gateway",
    503: "Service temporarily unavailable",
  };
  return {
    status,
    errorCode: status >= 500 ? "INTERNAL_ERROR" : "FAULT",
    message: messages[status] ?? "Injected fault",
  };
}
