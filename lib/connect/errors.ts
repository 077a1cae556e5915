import { classifyOvhError, describeOvhError, type OvhErrorKind } from "@/lib/ovh/errors";

export type ConnectField = "endpoint" | "applicationKey" | "applicationSecret" | "consumerKey";

type FieldMessage = { field: ConnectField; message: string };

// The key check's failures, by kind (lib/ovh/errors.ts classifies them), said on the field the admin
// has to fix. Kinds not listed here are said on the endpoint, in describeOvhError's words.
const byKind: Partial<Record<OvhErrorKind, FieldMessage>> = {
  "invalid-application-key": { field: "applicationKey", message: "OVH does not know this application key." },
  "invalid-signature": {
    field: "applicationSecret",
    message: "The application secret does not belong to this application key.",
  },
  "credential-missing": { field: "consumerKey", message: "This consumer key does not exist for this application." },
  "credential-expired": {
    field: "consumerKey",
    message: "This credential has expired. Request a new consumer key.",
  },
  "credential-refused": {
    field: "consumerKey",
    message: "This credential was refused at validation. Request a new consumer key.",
  },
  "credential-pending": {
    field: "consumerKey",
    message: "This credential is still waiting for validation. Open its validation URL first.",
  },
  "credential-invalid": {
    field: "consumerKey",
    message: "This credential is not valid: it may have expired or been revoked.",
  },
  "not-granted": {
    field: "consumerKey",
    message: "This credential may not read your account (GET /me). Give it the rules listed in the README.",
  },
};

/** Turns the failure of the key check into one message on the field the admin has to fix. */
export function connectFailure(
  err: unknown,
  endpointLabel: string,
): { field: ConnectField; message: string; queryId?: string } {
  const { kind, queryId } = classifyOvhError(err);
  if (kind === "timeout" || kind === "network") {
    const what = kind === "timeout" ? "did not answer in time" : "could not be reached";
    return {
      field: "endpoint",
      message: `The ${endpointLabel} API ${what}. Check the endpoint and your network, then try again.`,
    };
  }
  const known = byKind[kind];
  if (known) return { ...known, queryId };
  const described = describeOvhError(err);
  return { field: "endpoint", message: described.message, queryId: described.queryId };
}
