import { csvDocument } from "./field";

// The bulk revocation's report, through the app's one CSV writer: a failure message comes from OVH
// (or the network) and may hold anything, so it is a field like any other, never JSON-quoted by hand.

export type RevocationReportRow = { id: number; outcome: string; message?: string | null; queryId?: string | null };

export function revocationReportCsv(results: readonly RevocationReportRow[]): string {
  return csvDocument([
    ["credential_id", "outcome", "message", "query_id"],
    ...results.map((result) => [result.id, result.outcome, result.message ?? "", result.queryId ?? ""]),
  ]);
}
