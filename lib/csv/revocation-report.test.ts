import assert from "node:assert/strict";
import { test } from "node:test";
import { revocationReportCsv } from "./revocation-report";

test("the revocation report quotes and neutralises OVH's messages like every other field", () => {
  const csv = revocationReportCsv([
    { id: 1, outcome: "failed", message: 'x;=HYPERLINK("http://evil")', queryId: "EU.ext-1" },
    { id: 2, outcome: "revoked" },
  ]);
  assert.equal(
    csv,
    'credential_id,outcome,message,query_id\r\n1,failed,"x;\'=HYPERLINK(""http://evil"")",EU.ext-1\r\n2,revoked,,\r\n',
  );
});
