// Where the mounted OVH emulator takes its caller's address from (allowed-IPs checks). Not from a header
// the caller chose: Next fills X-Forwarded-For from the connection's socket only when the request has
// none (base-server's `??=`), so the proxy drops a caller's own X-Forwarded-For before Next does, and
// the header then holds the connection's address. Behind a trusted reverse proxy (the setting
// OVH_EMULATOR_TRUST_PROXY=on), the header is kept and its last entry, the one that proxy appended, is
// the client's. Pure, so both sources are unit-tested.

export const EMULATOR_PATH_PREFIX = "/api/ovh-emulator/";

/** The request headers the proxy should pass on for this path, or null to pass them unchanged. */
export function emulatorRequestHeaders(pathname: string, headers: Headers, trustProxy: boolean): Headers | null {
  if (trustProxy || !pathname.startsWith(EMULATOR_PATH_PREFIX) || !headers.has("x-forwarded-for")) return null;
  const kept = new Headers(headers);
  kept.delete("x-forwarded-for");
  return kept;
}

/** The caller's address as the emulator should see it; undefined (fail closed) when unknown. */
export function emulatorClientAddress(headers: Headers, trustProxy: boolean): string | undefined {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Without a trusted proxy Next wrote exactly one entry, the socket's; anything else was not Next's.
  if (!trustProxy) return entries.length === 1 ? entries[0] : undefined;
  return entries.at(-1);
}
