import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { TokenRequestStatus } from "@/lib/token-requests/status";

const look: Record<TokenRequestStatus, { tone: BadgeTone; label: string }> = {
  pending: { tone: "amber", label: "Pending validation" },
  validated: { tone: "green", label: "Validated" },
  refused: { tone: "red", label: "Refused" },
  expired: { tone: "neutral", label: "Expired" },
  gone: { tone: "neutral", label: "Revoked" },
  "ip-restricted": { tone: "blue", label: "Restricted by IP" },
  untracked: { tone: "neutral", label: "Not followed" },
};

export const tokenRequestStatusLabel = (status: TokenRequestStatus) => look[status].label;

export function TokenRequestStatusBadge({ status }: { status: TokenRequestStatus }) {
  return <Badge tone={look[status].tone}>{look[status].label}</Badge>;
}
