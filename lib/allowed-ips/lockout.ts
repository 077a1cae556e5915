import { ipInBlock, parseIpBlock } from "./ip-blocks";

// Changing the allowed IPs of the credential this session signs with can lock the dashboard out
// of its own account: OVH would refuse every later call, including the one that could undo it.
// So a restricting list for that credential must cover every address the dashboard calls OVH
// from, and when those addresses are unknown the change is refused rather than guessed.

export type LockoutCheck =
  | { ok: true }
  | { ok: false; reason: "egress-unknown"; message: string }
  | { ok: false; reason: "egress-not-allowed"; missing: string[]; message: string };

export const EGRESS_SETTING = "OVH_KEYS_EGRESS_IPS";

/** The comma-separated OVH_KEYS_EGRESS_IPS value: plain addresses only, canonical, without repeats. */
export function parseEgressIps(raw: string | undefined): string[] {
  const ips: string[] = [];
  for (const part of (raw ?? "").split(",")) {
    const result = parseIpBlock(part.trim());
    if (!result.ok) continue;
    const [address, prefix] = result.value.split("/");
    const single = (address?.includes(":") ? "128" : "32") === prefix;
    if (single && address && !ips.includes(address)) ips.push(address);
  }
  return ips;
}

export function checkLockout(input: {
  /** The list about to be saved; null lifts every restriction. */
  allowedIps: readonly string[] | null;
  /** Whether the credential is the one this session signs with. */
  isCurrent: boolean;
  /** The addresses the dashboard reaches OVH from. */
  egressIps: readonly string[];
}): LockoutCheck {
  if (!input.isCurrent || input.allowedIps === null) return { ok: true };
  if (input.egressIps.length === 0) {
    return {
      ok: false,
      reason: "egress-unknown",
      message:
        "This is the credential this session signs with, and the address the dashboard calls OVH from is not known " +
        `(set ${EGRESS_SETTING}). Restricting it could lock the dashboard out, so only "No restriction" can be saved here.`,
    };
  }
  const allowed = input.allowedIps;
  const missing = input.egressIps.filter((ip) => !allowed.some((block) => ipInBlock(ip, block)));
  if (missing.length === 0) return { ok: true };
  return {
    ok: false,
    reason: "egress-not-allowed",
    missing,
    message:
      `This is the credential this session signs with, and the list leaves out ${missing.join(", ")}, ` +
      "the address the dashboard calls OVH from. Saving it would lock the dashboard out; add that address or a range containing it.",
  };
}
