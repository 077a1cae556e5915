import "client-only";

// The consumer key of a token request exists in the browser only in this tab's memory, from the
// action's answer until the status page that showed it goes away. Nothing stores it (no storage,
// no URL), so a reload or a new tab never shows it again.

const held = new Map<string, string>();

export function holdConsumerKey(requestId: string, consumerKey: string): void {
  held.set(requestId, consumerKey);
}

export function peekConsumerKey(requestId: string): string | undefined {
  return held.get(requestId);
}

export function forgetConsumerKey(requestId: string): void {
  held.delete(requestId);
}
