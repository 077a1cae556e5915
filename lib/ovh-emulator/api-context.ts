import type { HttpMethod } from "@/lib/ovh/models";
import type { StoredApplication, StoredCredential } from "./model";
import type { Account, Store } from "./store";

// What an API route handler receives. Signed routes also get the authenticated caller.

export type ApiContext = {
  store: Store;
  request: Request;
  /** Route path without the /1.0 or /v1 prefix and without the query string, as on the wire. */
  apiPath: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: string;
  /** Data clock (creation, lastUse, expiration), epoch ms. */
  nowMs: number;
  /** The account's server clock (clockOffsetSec applied), Unix seconds. */
  serverTimeSec: number;
  /** scheme://host[:port] as the client addressed it. */
  origin: string;
  basePath: string;
};

export type Authenticated = { account: Account; application: StoredApplication; credential: StoredCredential };

type Handler<A> = (ctx: ApiContext, auth: A) => Response | Promise<Response>;

export type Route =
  | { method: HttpMethod; template: string; access: "public"; handle: Handler<null> }
  /** "signed" routes also need an access rule; OVH grants every /auth call without one. */
  | { method: HttpMethod; template: string; access: "signed" | "signed-no-rule"; handle: Handler<Authenticated> };
