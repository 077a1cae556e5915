import { QueryId } from "@/components/query-id";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { InventoryGaps } from "@/lib/inventory/load";

const plural = (count: number, word: string) => `${count.toLocaleString("en")} ${word}${count === 1 ? "" : "s"}`;

/** The audit loaded only in part: says what is missing and why, and offers to load it again. */
export function InventoryGapsAlert({
  gaps,
  onRetry,
  retrying,
}: {
  gaps: InventoryGaps;
  onRetry: () => void;
  retrying: boolean;
}) {
  const missing = [
    gaps.credentialIds.length > 0 && plural(gaps.credentialIds.length, "credential"),
    gaps.applicationIds.length > 0 && plural(gaps.applicationIds.length, "application"),
  ].filter(Boolean);
  return (
    <Alert tone="warning" aria-label="Partial list">
      <p className="font-medium">This list is incomplete: {missing.join(" and ")} could not be loaded from OVH.</p>
      <p className="mt-1">{gaps.message}</p>
      <QueryId value={gaps.queryId} />
      <Button size="sm" variant="secondary" className="mt-2" onClick={onRetry} disabled={retrying}>
        {retrying ? "Retrying…" : "Retry"}
      </Button>
    </Alert>
  );
}
