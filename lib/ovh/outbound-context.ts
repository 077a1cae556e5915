import { AsyncResource } from "node:async_hooks";

// A keep-alive socket keeps the async context it was created or last reused in (Node's http agent
// resets the socket's async resource on reuse, inside the request that reuses it). Inside Next that
// context is a page request's store, and through Next's abort errors and their captured call sites
// it reaches hundreds of other requests: measured after a 10 s load of 50 connections on `/`, ~1,200
// requests stayed reachable (live heap after a full GC 96 MB instead of 42 MB) until the socket closed. Outbound calls are therefore opened in a context
// created at server start, outside every request. Results still reach the caller in its own
// context: an `await` resumes where it was made, not where its promise was resolved.

const KEY = Symbol.for("ovh-keys.outbound-context");
type Holder = typeof globalThis & { [KEY]?: AsyncResource };

/** Called once at server start, outside any request (instrumentation.ts). */
export function createOutboundContext(): void {
  (globalThis as Holder)[KEY] ??= new AsyncResource("ovh-keys.outbound");
}

/** Runs `open` (which opens or reuses a socket) outside the current request's context, when the server set one up. */
export function outsideRequest<T>(open: () => T): T {
  const context = (globalThis as Holder)[KEY];
  return context ? context.runInAsyncScope(open) : open();
}
