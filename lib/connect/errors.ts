import { describeOvhError, isInvalidApplicationKey, OvhApiError, OvhNetworkError } from "@/lib/ovh/errors";

export type ConnectField = "endpoint" | "applicationKey" | "applicationSecret" | "consumerKey";

/** Turns the failure of the key check into one message on the field the admin has to fix. */
export function connectFailure(
  err: unknown,
  endpointLabel: string,
): { field: ConnectField; message: string; queryId?: string } {
  if (err instanceof OvhNetworkError) {
    const what = err.kind === "timeout" ? "did not answer in time" : "could not be reached";
    return {
      field: "endpoint",
      message: `The ${endpointLabel} API ${what}. Check the endpoint and your network, then try again.`,
    };
  }
  if (err instanceof OvhApiError) {
    const code = err.errorCode ?? "";
    const text = err.message.toLowerCase();
    const queryId = err.queryId;
    if (isInvalidApplicationKey(err)) {
      return { field: "applicationKey", message: "OVH does not know this application key.", queryId };
    }
    if (code === "INVALID_SIGNATURE" || text.includes("invalid signature")) {
      return {
        field: "applicationSecret",
        message: "The application secret does not belong to this application key.",
        queryId,
      };
    }
    if (code === "NOT_CREDENTIAL" || text.includes("does not exist")) {
      return { field: "consumerKey", message: "This consumer key does not exist for this application.", queryId };
    }
    if (code === "INVALID_CREDENTIAL" || err.status === 401) {
      if (text.includes("expired")) {
        return { field: "consumerKey", message: "This credential has expired. Request a new consumer key.", queryId };
      }
      if (text.includes("refused")) {
        return {
          field: "consumerKey",
          message: "This credential was refused at validation. Request a new consumer key.",
          queryId,
        };
      }
      if (text.includes("pending") || text.includes("validat")) {
        return {
          field: "consumerKey",
          message: "This credential is still waiting for validation. Open its validation URL first.",
          queryId,
        };
      }
      return {
        field: "consumerKey",
        message: "This credential is not valid: it may have expired or been revoked.",
        queryId,
      };
    }
    if (code === "NOT_GRANTED_CALL") {
      return {
        field: "consumerKey",
        message: "This credential may not read your account (GET /me). Give it the rules listed in the README.",
        queryId,
      };
    }
  }
  const described = describeOvhError(err);
  return { field: "endpoint", message: described.message, queryId: described.queryId };
}
