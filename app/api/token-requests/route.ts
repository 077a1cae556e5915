import { apiError, json, ovhFailure } from "@/lib/http/route-handler";
import { clientForSession } from "@/lib/session/state";
import { checkTokenRequest } from "@/lib/token-requests/check";
import { tokenRequestIdSchema } from "@/lib/token-requests/create-input";
import { findSessionTokenRequest } from "@/lib/token-requests/session-requests";

/**
 * A token request's status (`?id=`), polled by its page every 2 s while pending. Never returns the
 * consumer key. The id is a query parameter, not a path segment, so no address form (such as an
 * encoded `..` that Next would redirect) reaches anything but this zod check.
 */
export async function GET(request: Request) {
  const parsed = tokenRequestIdSchema.safeParse(new URL(request.url).searchParams.get("id"));
  if (!parsed.success) return apiError(400, "bad_request:id", "This is not a token request id.");
  const found = await findSessionTokenRequest(parsed.data);
  if (!found) return apiError(401, "unauthorized:session", "You are not connected. Connect again.");
  if (!found.record) return apiError(404, "not_found:token-request", "This token request is not kept in this session.");
  try {
    return json(await checkTokenRequest(found.session, clientForSession(found.session), found.record));
  } catch (err) {
    // Refusals of the request's own key are answers (checkTokenRequest maps them); what reaches here
    // concerns the session's key or the network, and a dead session key ends the session.
    return ovhFailure(err);
  }
}
