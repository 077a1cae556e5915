import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { CredentialStatus } from "@/lib/ovh/models";

const look: Record<CredentialStatus, { tone: BadgeTone; label: string }> = {
  validated: { tone: "green", label: "Validated" },
  pendingValidation: { tone: "amber", label: "Pending" },
  expired: { tone: "neutral", label: "Expired" },
  refused: { tone: "red", label: "Refused" },
};

export const statusLabel = (status: CredentialStatus) => look[status].label;

export function CredentialStatusBadge({ status }: { status: CredentialStatus }) {
  return <Badge tone={look[status].tone}>{look[status].label}</Badge>;
}
