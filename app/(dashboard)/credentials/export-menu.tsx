"use client";

import { Button } from "@/components/ui/button";
import { credentialsToCsv, credentialsToJson } from "@/lib/audit/export";
import type { CredentialView } from "@/lib/audit/types";
import { downloadText, timestampForFile } from "@/lib/ui/download";

/** Exports exactly the rows of the current view, with their findings; views hold no secret. */
export function ExportMenu({ rows }: { rows: CredentialView[] }) {
  const stamp = () => timestampForFile();
  return (
    <div className="flex gap-1">
      <Button
        size="sm"
        variant="secondary"
        onClick={() => downloadText(`credentials-${stamp()}.csv`, credentialsToCsv(rows), "text/csv")}
      >
        Export CSV
      </Button>
      <Button
        size="sm"
        variant="secondary"
        onClick={() => downloadText(`credentials-${stamp()}.json`, credentialsToJson(rows), "application/json")}
      >
        Export JSON
      </Button>
    </div>
  );
}
