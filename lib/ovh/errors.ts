// Errors of the OVH client. None of them is ever given request headers, the application secret
// or the consumer key, so message, toString(), toJSON() and util.inspect() cannot leak them.

type ApiErrorInit = {
  status: number;
  message: string;
  errorCode?: string;
  errorClass?: string;
  details?: unknown;
  queryId?: string;
  method: string;
  route: string;
};

/** A non-2xx answer from OVH, with its body parsed (legacy `errorCode` and/or IAM-era `class`). */
export class OvhApiError extends Error {
  override readonly name = "OvhApiError";
  readonly status: number;
  readonly errorCode?: string;
  readonly errorClass?: string;
  readonly details?: unknown;
  readonly queryId?: string;
  readonly method: string;
  /** Route template (`/me/api/credential/{id}`), never the concrete URL. */
  readonly route: string;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.status = init.status;
    this.errorCode = init.errorCode;
    this.errorClass = init.errorClass;
    this.details = init.details;
    this.queryId = init.queryId;
    this.method = init.method;
    this.route = init.route;
  }

  override toString(): string {
    const code = this.errorCode ?? this.errorClass;
    const query = this.queryId ? ` (query id ${this.queryId})` : "";
    return `${this.name}: ${this.status}${code ? ` ${code}` : ""} on ${this.method} ${this.route}: ${this.message}${query}`;
  }

  toJSON() {
    const { name, status, errorCode, errorClass, message, queryId, method, route } = this;
    return { name, status, errorCode, errorClass, message, queryId, method, route };
  }
}

export type NetworkErrorKind = "timeout" | "network";

/** No HTTP answer at all: the request timed out or the connection failed. */
export class OvhNetworkError extends Error {
  override readonly name = "OvhNetworkError";
  /**
   * OVH's answer to an earlier attempt of the same request, when the retries ended on a network failure:
   * its query id is the one trace OVH's support can follow.
   */
  earlierAnswer?: { status: number; queryId: string };
  constructor(
    readonly kind: NetworkErrorKind,
    message: string,
    readonly method: string,
    readonly route: string,
  ) {
    super(message);
  }

  override toString(): string {
    return `${this.name} (${this.kind}) on ${this.method} ${this.route}: ${this.message}`;
  }

  toJSON() {
    return {
      name: this.name,
      kind: this.kind,
      message: this.message,
      method: this.method,
      route: this.route,
      ...(this.earlierAnswer ? { earlierAnswer: this.earlierAnswer } : {}),
    };
  }
}

/** A 2xx answer whose payload does not match the expected model: the API (or the emulator) drifted. */
export class OvhProtocolError extends Error {
  override readonly name = "OvhProtocolError";
  constructor(
    readonly what: string,
    readonly method: string,
    readonly route: string,
  ) {
    super(`Unexpected answer from ${method} ${route}: ${what}`);
  }

  toJSON() {
    return { name: this.name, what: this.what, message: this.message, method: this.method, route: this.route };
  }
}

/** X-Ovh-Batch is undocumented; the server may refuse it, and callers then fall back to one GET per id. */
export class OvhBatchUnsupportedError extends Error {
  override readonly name = "OvhBatchUnsupportedError";
  constructor(
    readonly route: string,
    readonly reason: string,
  ) {
    super(`Batch GET refused on ${route}: ${reason}`);
  }
}

export function isOvhError(err: unknown): err is OvhApiError | OvhNetworkError | OvhProtocolError {
  return err instanceof OvhApiError || err instanceof OvhNetworkError || err instanceof OvhProtocolError;
}

const deadCredentialCodes = new Set(["INVALID_CREDENTIAL", "NOT_CREDENTIAL", "INVALID_KEY"]);
const deadCredentialMessage =
  /credential is not valid|credential does not exist|must login first|invalid application key|credential (has )?(expired|been refused)/i;

/**
 * The consumer key (or its application) can no longer be used, so the session must end.
 * INVALID_KEY is included: once the application is deleted, every credential of it is gone too.
 */
export function isCredentialInvalid(err: unknown): boolean {
  if (!(err instanceof OvhApiError)) return false;
  if (err.status === 401) return true;
  if (err.status !== 403) return false;
  return (
    (err.errorCode !== undefined && deadCredentialCodes.has(err.errorCode)) || deadCredentialMessage.test(err.message)
  );
}

/** OVH does not know the application key: a typo, another endpoint's key, or a deleted application. */
export function isInvalidApplicationKey(err: unknown): boolean {
  return (
    err instanceof OvhApiError && (err.errorCode === "INVALID_KEY" || /invalid application key/i.test(err.message))
  );
}

export function isNotFound(err: unknown): boolean {
  return err instanceof OvhApiError && err.status === 404;
}

/** csharp-ovh maps 400 QUERY_TIME_OUT to a stale request; the message text itself is unverified. */
export function isStaleTimestamp(err: unknown): boolean {
  if (!(err instanceof OvhApiError) || err.status !== 400) return false;
  return err.errorCode === "QUERY_TIME_OUT" || /timestamp|time ?out|out of time/i.test(err.message);
}

export function isNotGranted(err: unknown): boolean {
  if (!(err instanceof OvhApiError) || err.status !== 403) return false;
  return err.errorCode === "NOT_GRANTED_CALL" || /not (been )?granted/i.test(err.message);
}

export type OvhErrorDescription = { message: string; queryId?: string };

/**
 * Of two failures of one operation, the one to show: the first OVH answered with a query id (what its
 * support asks for), else the first. `kept` is the one chosen so far, undefined before any failure.
 */
export function reportedFailure(kept: unknown, next: unknown): unknown {
  if (kept === undefined) return next;
  if (next === undefined) return kept;
  const hasQueryId = (err: unknown) => describeOvhError(err).queryId !== undefined;
  return !hasQueryId(kept) && hasQueryId(next) ? next : kept;
}

/** One plain sentence per failure, for the UI; OVH's own message is kept for support. */
export function describeOvhError(err: unknown): OvhErrorDescription {
  if (err instanceof OvhApiError) return { message: describeApiError(err), queryId: err.queryId };
  if (err instanceof OvhNetworkError) {
    const message =
      err.kind === "timeout"
        ? "The OVH API did not answer in time. Please try again."
        : `The OVH API could not be reached (${err.message}). Check the network and try again.`;
    const earlier = err.earlierAnswer;
    if (!earlier) return { message };
    return { message: `${message} Before that, OVH answered HTTP ${earlier.status}.`, queryId: earlier.queryId };
  }
  if (err instanceof OvhProtocolError) {
    return { message: `The OVH API answered in an unexpected format on ${err.method} ${err.route} (${err.what}).` };
  }
  return { message: "Something went wrong while talking to the OVH API." };
}

function describeApiError(err: OvhApiError): string {
  const said = ` OVH said: "${err.message}".`;
  if (isInvalidApplicationKey(err)) {
    return `OVH does not recognise this application key; check it and the chosen endpoint.${said}`;
  }
  if (err.errorCode === "INVALID_SIGNATURE" || /invalid signature/i.test(err.message)) {
    return `OVH rejected the request signature: the application secret does not match the application key.${said}`;
  }
  if (isStaleTimestamp(err)) {
    return `OVH rejected the request time; the server clock may be off. Please try again.${said}`;
  }
  if (isCredentialInvalid(err)) {
    return `This consumer key is no longer valid (expired, revoked or refused); sign in again.${said}`;
  }
  if (isNotGranted(err)) {
    return `This consumer key is not allowed to call ${err.method} ${err.route}.${said}`;
  }
  if (err.status === 404) return `OVH could not find this object; it may have been deleted already.${said}`;
  if (err.status === 429) return `OVH is limiting the request rate; wait a minute and try again.${said}`;
  if (err.status >= 500) return `OVH had a server error (HTTP ${err.status}); try again later.${said}`;
  return `OVH refused the request (HTTP ${err.status}).${said}`;
}
