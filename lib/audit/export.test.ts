import assert from "node:assert/strict";
import { test } from "node:test";
import { csvField, neutraliseFormulas as guardFormula } from "@/lib/csv/field";
import { credentialsToCsv, credentialsToJson } from "./export";
import { FULL_ACCESS, finding, makeApplication, makeView, rules } from "./test-fixtures";

/** A minimal RFC 4180 reader, to check the writer round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ",") {
      row.push(cell);
      cell = "";
    } else if (!quoted && char === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else {
      cell += char;
    }
  }
  return rows;
}

test("formula payloads get a quote prefix, also after leading whitespace", () => {
  for (const payload of [
    '=HYPERLINK("http://evil","x")',
    "@SUM(A1)",
    "-1+1",
    "+1",
    " =1",
    "\n=1",
    "\t1",
    "\r1",
    "＝1",
  ]) {
    // A line break or tab before the formula can also start a cell: that one gets its own prefix.
    const expected = payload === "\n=1" ? "'\n'=1" : `'${payload}`;
    assert.equal(guardFormula(payload), expected, JSON.stringify(payload));
  }
  for (const safe of ["deploy-bot", "GET /me", "::/0", "2025-06-01T12:00:00Z", "a=b", ""]) {
    assert.equal(guardFormula(safe), safe);
  }
});

test("fields with commas, quotes or line breaks are quoted, quotes doubled", () => {
  assert.equal(csvField("plain"), "plain");
  assert.equal(csvField('say "hi", then\nleave'), '"say ""hi"", then\nleave"');
  assert.equal(csvField("a\rb"), '"a\rb"');
});

test("the CSV has a header, one CRLF-terminated row per credential, and the expected cells", () => {
  const view = makeView(
    {
      credentialId: 42,
      rules: rules("GET /me", "DELETE /me/api/credential/*"),
      allowedIPs: ["192.0.2.1/32", "::1/128"],
      expiration: null,
      ovhSupport: true,
    },
    { application: makeApplication({ name: "deploy-bot", applicationKey: "AK0000000000000A" }), isCurrent: true },
  );
  const csv = credentialsToCsv([view]);
  assert.ok(csv.endsWith("\r\n"));
  assert.equal(csv.split("\r\n").length, 3);
  const [header, row] = parseCsv(csv);
  assert.deepEqual(header, [
    "id",
    "status",
    "application_name",
    "application_key",
    "owned",
    "creation",
    "expiration",
    "last_use",
    "rules",
    "allowed_ips",
    "support_issued",
    "current",
    "findings",
    "risk",
  ]);
  const cells = Object.fromEntries((header ?? []).map((name, i) => [name, row?.[i]]));
  assert.equal(cells.id, "42");
  assert.equal(cells.application_name, "deploy-bot");
  assert.equal(cells.owned, "true");
  assert.equal(cells.expiration, "");
  assert.equal(cells.rules, "GET /me; DELETE /me/api/credential/*");
  assert.equal(cells.allowed_ips, "192.0.2.1/32; ::1/128");
  assert.equal(cells.support_issued, "true");
  assert.equal(cells.current, "true");
  assert.equal(cells.findings, view.findings.map((f) => f.id).join("; "));
  assert.ok(Number(cells.risk) > 0);
});

test("hostile application names survive as inert text", () => {
  const names = ['=HYPERLINK("http://evil.example","click")', "@SUM(1+1)", "-1+1", 'My "app", v2\r\nline two'];
  const views = names.map((name) => makeView({}, { application: makeApplication({ name }) }));
  const rows = parseCsv(credentialsToCsv(views)).slice(1);
  assert.deepEqual(
    rows.map((row) => row[2]),
    names.map((name) => (/^[=@-]/.test(name) ? `'${name}` : name)),
  );
  assert.ok(rows.every((row) => row.length === 14));
});

test("a credential without a known application exports empty application cells", () => {
  const [, row] = parseCsv(credentialsToCsv([makeView({ allowedIPs: null }, { application: null })]));
  assert.deepEqual([row?.[2], row?.[3], row?.[4], row?.[9]], ["", "", "", ""]);
});

test("the JSON export carries the same records with structured fields", () => {
  const view = makeView({ credentialId: 7, rules: FULL_ACCESS }, { findings: [finding("full-access", "critical")] });
  const [record] = JSON.parse(credentialsToJson([view])) as Record<string, unknown>[];
  assert.equal(record?.id, 7);
  assert.deepEqual(record?.rules, FULL_ACCESS);
  assert.deepEqual(record?.findings, [{ id: "full-access", severity: "critical", title: "full-access" }]);
  assert.equal(record?.risk, 25);
  assert.deepEqual(JSON.parse(credentialsToJson([])), []);
});

test("no export contains a field named like a secret or consumer key", () => {
  const view = makeView({ rules: FULL_ACCESS }, { application: makeApplication({ owned: false }) });
  // Even a view carrying a stray secret (a bug elsewhere) must not leak it.
  const polluted = { ...view, consumerKey: "CK-SHOULD-NOT-LEAK", applicationSecret: "AS-SHOULD-NOT-LEAK" };
  const keys: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) {
        keys.push(key);
        walk(inner);
      }
    }
  };
  const json = credentialsToJson([polluted]);
  walk(JSON.parse(json));
  const csv = credentialsToCsv([polluted]);
  const [header] = parseCsv(csv);
  for (const key of [...keys, ...(header ?? [])]) assert.doesNotMatch(key, /secret|consumer.?key/i);
  assert.doesNotMatch(json + csv, /SHOULD-NOT-LEAK/);
});
