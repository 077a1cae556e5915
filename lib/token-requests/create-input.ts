import { z } from "zod";
import { ovhIdSchema } from "@/lib/ovh/ids";
import { tokenRequestInputSchema } from "@/lib/token-requests/input-schema";

// What the token-request form sends: the rules, allowed IPs, redirection and application key of
// the form, plus the credential being replaced when the form was opened from Replace.

export const createTokenRequestSchema = z.object({ replaces: ovhIdSchema.optional() }).and(tokenRequestInputSchema);

export type CreateTokenRequestInput = z.input<typeof createTokenRequestSchema>;
export type CreateTokenRequestValues = z.output<typeof createTokenRequestSchema>;

/** Token request ids are the UUIDs made before POST /auth/credential. */
export const tokenRequestIdSchema = z.uuid({ error: "This is not a token request id." });

/** What the page learns right after creation: the only time it ever sees the consumer key. */
export type CreatedTokenRequest = { id: string; consumerKey: string; validationUrl: string };
