import { z } from "zod";
import { apiError } from "@/lib/http/errors";
import { json, notConnected, routeHandler } from "@/lib/http/route-handler";
import { checkTokenRequest } from "@/lib/token-requests/check";
import { tokenRequestIdSchema } from "@/lib/token-requests/create-input";
import { findSessionTokenRequest } from "@/lib/token-requests/session-requests";

const querySchema = z.object({ id: tokenRequestIdSchema });

/**
 * A token request's status (`?id=`), polled by its page every 2 s while pending. Never returns the
 * consumer key. The id is a query parameter, not a path segment, so no address form (such as an
 * encoded `..` that Next would redirect) reaches anything but this zod check.
 */
export const GET = routeHandler({ query: querySchema }, async ({ ovh }, { query }) => {
  const found = await findSessionTokenRequest(query.id);
  if (!found) return notConnected();
  if (!found.record) return apiError("not_found:token-request", "This token request is not kept in this session.");
  // Refusals of the request's own key are answers (checkTokenRequest maps them); what the frame
  // catches concerns the session's key or the network, and a dead session key ends the session.
  return json(await checkTokenRequest(found.session, ovh, found.record));
});
