import type { AccessRule, HttpMethod } from "@/lib/ovh/models";
import { expandRuleRows, type RuleRow } from "./builder";

// Starting points for a token request, each as narrow as its use allows.

export type RuleTemplate = {
  id: string;
  name: string;
  description: string;
  warning?: string;
  rows: RuleRow[];
  /** Rows the user may add on top, each worth its own checkbox. */
  optionalRows?: RuleRow[];
  allowedIPsHint?: string;
  validityHint?: string;
  /** Set when the `*` after /domain/zone/ can be narrowed to one zone with applyZone. */
  zoneParameter?: { label: string; example: string };
};

const row = (method: HttpMethod, path: string, recursive = false): RuleRow => ({ method, path, recursive });

/** What this dashboard calls with its management key (listing, reading and revoking). */
export const dashboardRequiredRows: readonly RuleRow[] = [
  row("GET", "/me"),
  row("GET", "/me/api/credential", true),
  row("GET", "/me/api/application", true),
  row("DELETE", "/me/api/credential/*"),
  row("DELETE", "/me/api/application/*"),
];
/** Only needed to edit a credential's allowed IPs from the dashboard. */
export const dashboardOptionalRows: readonly RuleRow[] = [row("PUT", "/me/api/credential/*")];

export const dashboardRequiredRules: readonly AccessRule[] = expandRuleRows(dashboardRequiredRows);
export const dashboardOptionalRules: readonly AccessRule[] = expandRuleRows(dashboardOptionalRows);

const recursiveGets = (...paths: string[]) => paths.map((path) => row("GET", path, true));

export const ruleTemplates: readonly RuleTemplate[] = [
  {
    id: "read-only",
    name: "Read-only",
    description: "Read everything in the account (GET on every path) and change nothing.",
    rows: [row("GET", "/*")],
    validityHint: "Prefer a limited validity: a read-only key still exposes bills, contacts and service details.",
  },
  {
    id: "full-access",
    name: "Full access",
    description: "Every method on every path, as the OVH console itself.",
    warning:
      "A full-access key can order and pay for services, delete servers and create new keys: use it only for a short time and restricted to your IP.",
    rows: [row("GET", "/*"), row("POST", "/*"), row("PUT", "/*"), row("DELETE", "/*")],
    allowedIPsHint: "Restrict it to the one address you work from.",
    validityHint: "Choose the shortest validity that gets the job done.",
  },
  {
    id: "ovh-keys",
    name: "ovh-keys dashboard",
    description: "This dashboard's own key: list and read API applications and credentials, and revoke them.",
    rows: [...dashboardRequiredRows],
    optionalRows: [...dashboardOptionalRows],
    allowedIPsHint: "The public address of the machine running the dashboard.",
    validityHint: "A day is enough for one audit session; sign in again next time.",
  },
  {
    id: "acme-dns",
    name: "ACME DNS-01 (acme.sh, cert-manager)",
    description:
      "Read DNS zones, add and delete the TXT records of a DNS-01 challenge and apply them, as acme.sh dns_ovh and cert-manager-webhook-ovh do.",
    rows: [
      row("GET", "/domain/zone/*", true),
      row("POST", "/domain/zone/*/record"),
      row("POST", "/domain/zone/*/refresh"),
      row("DELETE", "/domain/zone/*/record/*"),
    ],
    allowedIPsHint: "The public address of the host (or the cluster's egress) that renews certificates.",
    validityHint:
      "Renewals run unattended: 90 days means replacing the key every quarter. If you choose Unlimited, narrow the rules to your zone and the key to your IP.",
    zoneParameter: { label: "DNS zone", example: "example.com" },
  },
  {
    id: "billing-read",
    name: "Billing read-only",
    description: "Read bills, orders, debts, deposits, refunds and current consumption, for accounting exports.",
    rows: recursiveGets(
      "/me/bill",
      "/me/order",
      "/me/debtAccount",
      "/me/deposit",
      "/me/refund",
      "/me/ovhAccount",
      "/me/consumption",
    ),
    validityHint:
      "An unattended accounting job may need a long validity; if you choose Unlimited, restrict the key by IP.",
  },
  {
    id: "inventory-read",
    name: "Inventory read-only",
    description:
      "Read dedicated servers, VPS, Public Cloud projects, domains, IP blocks and the account, for a backup or inventory tool.",
    rows: [...recursiveGets("/dedicated/server", "/vps", "/cloud/project", "/domain", "/ip"), row("GET", "/me")],
    validityHint: "An unattended tool may need a long validity; if you choose Unlimited, restrict the key by IP.",
  },
];

export function templateById(id: string): RuleTemplate | undefined {
  return ruleTemplates.find((template) => template.id === id);
}

// A zone name as OVH lists it under /domain/zone: lowercase labels (IDNs in their xn-- form).
const zoneName = /^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/;
const zonePrefix = "/domain/zone/*";

/**
 * Narrows the `*` standing for the zone to one zone. `/domain/zone/*` becomes a recursive
 * `/domain/zone/<zone>` so that the zone's own calls (acme.sh reads it to find the zone,
 * cert-manager reads its /status) stay granted.
 */
export function applyZone(
  template: RuleTemplate,
  zone: string,
): { ok: true; template: RuleTemplate } | { ok: false; error: string } {
  const name = zone.trim().toLowerCase().replace(/\.$/, "");
  if (!template.zoneParameter) return { ok: false, error: "This template has no zone to narrow." };
  if (!zoneName.test(name)) return { ok: false, error: "Enter a DNS zone name such as example.com." };
  const narrow = (r: RuleRow): RuleRow => {
    if (r.path === zonePrefix) return { ...r, path: `/domain/zone/${name}`, recursive: true };
    if (r.path.startsWith(`${zonePrefix}/`))
      return { ...r, path: `/domain/zone/${name}${r.path.slice(zonePrefix.length)}` };
    return r;
  };
  return {
    ok: true,
    template: { ...template, rows: template.rows.map(narrow), optionalRows: template.optionalRows?.map(narrow) },
  };
}
