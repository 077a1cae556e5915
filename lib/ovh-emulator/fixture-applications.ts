import type { ApplicationStatus } from "@/lib/ovh/models";
import type { StoredApplication } from "./model";
import { ALPHANUMERIC, type Rng, randomChars, randomInt } from "./random";

// Applications of a seeded account. Names and descriptions deliberately carry hostile text
// (markup, a right-to-left override, a 10,000-character name, quotes, emoji) so that every
// consumer of the emulator proves it escapes and truncates what OVH sends back.

type Template = { name: string; description: string; status?: ApplicationStatus };

const LONG_NAME = "A very long application name that keeps going ".repeat(250).slice(0, 10_000);

export const ownedTemplates: readonly Template[] = [
  { name: "ovh-keys dashboard", description: "Audits and revokes the API credentials of this account" },
  { name: "certbot-dns-ovh", description: 'Let\'s Encrypt DNS-01 challenges for "example.com" & friends' },
  { name: "<script>alert(1)</script>", description: "<img src=x onerror=alert(1)>" },
  { name: "invoice\u202Efdp.exe", description: "Right-to-left override: report\u202Egnp.exe, then plain text" },
  { name: "🚀 deploy bot 🔑", description: "Emoji 🎉, accents (déploiement, été) and CJK 部署" },
  { name: LONG_NAME, description: `He said "hi" & left; it's <b>bold</b> ${"…".repeat(40)}` },
  { name: "external-dns", description: "Kubernetes external-dns OVH provider (cluster prod-eu-1)" },
  { name: "backup-script", description: 'Nightly backups <a href="javascript:alert(1)">click</a>' },
];

export const foreignTemplates: readonly Template[] = [
  { name: "OVHcloud API console", description: "API console credentials", status: "trusted" },
  { name: "OVHcloud Control Panel", description: "OVHcloud Control Panel (manager)", status: "trusted" },
  { name: "OVHcloud Support", description: "Credentials issued by the OVHcloud support team", status: "trusted" },
];

export type SeededApplications = { owned: StoredApplication[]; foreign: StoredApplication[] };

type AppKeys = { applicationKey: string; applicationSecret: string };

/**
 * The first owned application is the dashboard's; its keys are minted up front so they never depend on sizes.
 * `foreignCount` keeps the first foreign templates; credentials of a dropped one go to owned applications.
 */
export function buildApplications(
  rng: Rng,
  keyRng: Rng,
  ownedCount: number,
  dashboard: AppKeys,
  foreignCount = foreignTemplates.length,
): SeededApplications {
  const mint = (template: Template, applicationId: number, owned: boolean, keys?: AppKeys): StoredApplication => ({
    applicationId,
    applicationKey: keys?.applicationKey ?? randomChars(keyRng, 16, ALPHANUMERIC),
    applicationSecret: keys?.applicationSecret ?? randomChars(keyRng, 32, ALPHANUMERIC),
    name: template.name,
    description: template.description,
    status: template.status ?? "active",
    owned,
  });
  let nextId = randomInt(rng, 100_000, 250_000);
  const owned: StoredApplication[] = [];
  for (let i = 0; i < ownedCount; i++) {
    const base = ownedTemplates[i % ownedTemplates.length] ?? { name: "automation", description: "" };
    const round = Math.floor(i / ownedTemplates.length);
    const template = round === 0 ? base : { name: `automation-${i + 1}`, description: base.description };
    owned.push(mint(template, nextId, true, i === 0 ? dashboard : undefined));
    nextId += randomInt(rng, 1, 9_000);
  }
  const foreign = foreignTemplates
    .slice(0, foreignCount)
    .map((template, index) => mint(template, 1_000 + index * 7_919, false));
  return { owned, foreign };
}
