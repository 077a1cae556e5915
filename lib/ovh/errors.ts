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

// The one classification of OVH failures: every presenter (describeOvhError below, the connect form's
// field messages, a token request's status, the frames that end a dead session) maps these kinds to
// its own words and reads neither errorCode nor OVH's message itself. OVH's codes come from the legacy
// body (`errorCode`); the IAM-era body has only `class` and the message, so each rule also reads the
// message (see ../shared/ovh-api/README.md §4 and lib/ovh-emulator/ovh-errors.ts).

export type OvhErrorKind =
  /** OVH does not know the application key: a typo, another endpoint's key, or a deleted application. */
  | "invalid-application-key"
  /** The application secret does not match the application key. */
  | "invalid-signature"
  /** The request's timestamp is too far from OVH's clock. */
  | "stale-timestamp"
  /** The consumer key does not exist (revoked, or its application deleted). */
  | "credential-missing"
  /** The consumer key cannot be used, for a reason OVH did not give. */
  | "credential-invalid"
  | "credential-pending"
  | "credential-refused"
  | "credential-expired"
  /** The consumer key's rules do not allow this call. */
  | "not-granted"
  /** The consumer key's allowed IPs refuse the caller's address. */
  | "ip-restricted"
  | "forbidden"
  | "not-found"
  | "rate-limited"
  /** OVH answered 5xx. */
  | "unavailable"
  /** Any other HTTP answer. */
  | "other"
  /** No HTTP answer: the connection failed, or nothing came back in time. */
  | "network"
  | "timeout"
  /** A 2xx answer of an unexpected shape. */
  | "protocol"
  /** Not an error of the OVH client at all. */
  | "unknown";

export type OvhErrorClassification = {
  kind: OvhErrorKind;
  /** OVH's HTTP status, when it answered. */
  status?: number;
  queryId?: string;
  /** OVH's own message (or the client's, without an answer). */
  message: string;
};

/** The parts of an OVH answer the classification reads; structural, so plain objects are classified too. */
export type OvhAnswer = { status: number; errorCode?: string; message: string; queryId?: string };

const credentialCodes = new Set(["INVALID_CREDENTIAL", "NOT_CREDENTIAL"]);
const deadCredentialMessage =
  /credential is not valid|credential does not exist|must login first|credential (has )?(expired|been refused)/i;

/** The kind of an OVH answer (a non-2xx response), by its code first and else by its message. */
export function classifyOvhAnswer(answer: OvhAnswer): OvhErrorClassification {
  const { status, errorCode: code, message, queryId } = answer;
  const kind = (value: OvhErrorKind): OvhErrorClassification => ({ kind: value, status, queryId, message });
  const text = message.toLowerCase();
  if (code === "INVALID_KEY" || text.includes("invalid application key")) return kind("invalid-application-key");
  if (code === "INVALID_SIGNATURE" || text.includes("invalid signature")) return kind("invalid-signature");
  // csharp-ovh maps 400 QUERY_TIME_OUT to a stale request; the message text itself is unverified.
  if (status === 400 && (code === "QUERY_TIME_OUT" || /timestamp|time ?out|out of time/.test(text))) {
    return kind("stale-timestamp");
  }
  const aboutCredential =
    status === 401 ||
    (status === 403 && ((code !== undefined && credentialCodes.has(code)) || deadCredentialMessage.test(text)));
  if (aboutCredential) {
    if (code === "NOT_CREDENTIAL" || text.includes("does not exist")) return kind("credential-missing");
    // The emulator appends the reason ("…: it is pending validation", "…: it was refused", "…: it has expired").
    if (text.includes("pending") || text.includes("validat")) return kind("credential-pending");
    if (text.includes("refused")) return kind("credential-refused");
    if (text.includes("expired")) return kind("credential-expired");
    return kind("credential-invalid");
  }
  if (status === 403) {
    if (code === "NOT_GRANTED_CALL" || /not (been )?granted/.test(text)) return kind("not-granted");
    if (text.includes("ip address") || (code === "FORBIDDEN" && text.includes("ip"))) return kind("ip-restricted");
    return kind("forbidden");
  }
  if (status === 404) return kind("not-found");
  if (status === 429) return kind("rate-limited");
  if (status >= 500) return kind("unavailable");
  return kind("other");
}

/** The kind of any failure of a call to OVH. */
export function classifyOvhError(err: unknown): OvhErrorClassification {
  if (err instanceof OvhApiError) return classifyOvhAnswer(err);
  if (err instanceof OvhNetworkError) {
    const earlier = err.earlierAnswer;
    return { kind: err.kind, message: err.message, ...(earlier ? { queryId: earlier.queryId } : {}) };
  }
  if (err instanceof OvhProtocolError) return { kind: "protocol", message: err.message };
  return { kind: "unknown", message: err instanceof Error ? err.message : String(err) };
}

const credentialKinds: ReadonlySet<OvhErrorKind> = new Set([
  "invalid-application-key",
  "credential-missing",
  "credential-invalid",
  "credential-pending",
  "credential-refused",
  "credential-expired",
]);

/** Whether the kind says the consumer key (or its application) is unusable, whatever the reason. */
export function isCredentialKind(kind: OvhErrorKind): boolean {
  return credentialKinds.has(kind);
}

/**
 * The consumer key (or its application) can no longer be used, so the session must end: any 401, and
 * a 403 about the key. An unknown application key is included: once the application is deleted, every
 * credential of it is gone too.
 */
export function endsSession(classified: OvhErrorClassification): boolean {
  return classified.status === 401 || (classified.status === 403 && isCredentialKind(classified.kind));
}

export function isCredentialInvalid(err: unknown): boolean {
  return endsSession(classifyOvhError(err));
}

export function isInvalidApplicationKey(err: unknown): boolean {
  return classifyOvhError(err).kind === "invalid-application-key";
}

export function isNotFound(err: unknown): boolean {
  return classifyOvhError(err).kind === "not-found";
}

export function isRateLimited(err: unknown): boolean {
  return classifyOvhError(err).kind === "rate-limited";
}

export function isStaleTimestamp(err: unknown): boolean {
  return classifyOvhError(err).kind === "stale-timestamp";
}

export function isNotGranted(err: unknown): boolean {
  return classifyOvhError(err).kind === "not-granted";
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
  const classified = classifyOvhError(err);
  if (err instanceof OvhApiError) return { message: describeApiError(err, classified), queryId: err.queryId };
  if (err instanceof OvhNetworkError) {
    const message =
      classified.kind === "timeout"
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

function describeApiError(err: OvhApiError, classified: OvhErrorClassification): string {
  const said = ` OVH said: "${err.message}".`;
  const { kind } = classified;
  if (kind === "invalid-application-key") {
    return `OVH does not recognise this application key; check it and the chosen endpoint.${said}`;
  }
  if (kind === "invalid-signature") {
    return `OVH rejected the request signature: the application secret does not match the application key.${said}`;
  }
  if (kind === "stale-timestamp") {
    return `OVH rejected the request time; the server clock may be off. Please try again.${said}`;
  }
  if (endsSession(classified)) {
    return `This consumer key is no longer valid (expired, revoked or refused); sign in again.${said}`;
  }
  if (kind === "not-granted") return `This consumer key is not allowed to call ${err.method} ${err.route}.${said}`;
  if (kind === "not-found") return `OVH could not find this object; it may have been deleted already.${said}`;
  if (kind === "rate-limited") return `OVH is limiting the request rate; wait a minute and try again.${said}`;
  if (kind === "unavailable") return `OVH had a server error (HTTP ${err.status}); try again later.${said}`;
  return `OVH refused the request (HTTP ${err.status}).${said}`;
}
