import type { AccessRule, HttpMethod } from "@/lib/ovh/models";
import { DAY, HOUR, MINUTE } from "./datetime";
import type { StoredApplication, StoredCredential } from "./model";
import { pick, type Rng, randomInt } from "./random";

// The credential "shapes" a real account accumulates (../shared/ovh-api/README.md §4: 154 valid
// full-access credentials from the Control Panel, leftovers of scripts, support-issued ones...).

export type Draft = Omit<StoredCredential, "credentialId" | "consumerKey" | "credentialToken">;

export const shapeWeights = {
  fullAccessForever: 20,
  neverUsed: 10,
  ipRestricted: 6,
  ovhSupport: 3,
  expiringSoon: 6,
  pending: 8,
  refused: 5,
  duplicate: 8,
  readOnly: 8,
  dns: 10,
  accountControl: 4,
  billing: 4,
  order: 3,
  longLived: 5,
} as const;

export type Shape = keyof typeof shapeWeights | "expired";

export type ShapeContext = {
  rng: Rng;
  now: number;
  owned: readonly StoredApplication[];
  foreign: readonly StoredApplication[];
  previous: readonly Draft[];
};

const methods: readonly HttpMethod[] = ["GET", "POST", "PUT", "DELETE"];
const everything = (path = "/*"): AccessRule[] => methods.map((method) => ({ method, path }));
const zones = ["example.com", "example.org", "shop.example.net"];
const ipSets = [
  ["203.0.113.0/24"],
  ["198.51.100.7/32", "2001:db8:1234::/48"],
  ["192.0.2.10"],
  ["2001:db8::/32"],
  ["10.0.0.0/8", "172.16.0.0/12"],
];
const redirections = [null, "https://example.com/ovh/callback", "http://localhost:3000/tokens/done"];

function base(ctx: ShapeContext, app: StoredApplication, rules: AccessRule[]): Draft {
  const { rng, now } = ctx;
  const creation = now - randomInt(rng, DAY, 3 * 365 * DAY);
  const used = rng() < 0.7;
  return {
    applicationId: app.applicationId,
    creation,
    expiration: null,
    lastUse: used ? creation + Math.floor(rng() * (now - creation)) : null,
    ovhSupport: false,
    rules,
    allowedIPs: null,
    status: "validated",
    redirection: null,
  };
}

const ownedApp = (ctx: ShapeContext) => pick(ctx.rng, ctx.owned);
const foreignApp = (ctx: ShapeContext, name: string) => ctx.foreign.find((a) => a.name.includes(name)) ?? ownedApp(ctx);

type Maker = (ctx: ShapeContext) => Draft;

const makers: Record<Shape, Maker> = {
  fullAccessForever: (ctx) => {
    const app = ctx.rng() < 0.6 ? foreignApp(ctx, pick(ctx.rng, ["Control Panel", "API console"])) : ownedApp(ctx);
    return base(ctx, app, everything());
  },
  neverUsed: (ctx) => ({
    ...base(ctx, ownedApp(ctx), pick(ctx.rng, [everything(), [{ method: "GET", path: "/me" }]])),
    lastUse: null,
  }),
  ipRestricted: (ctx) => ({ ...base(ctx, ownedApp(ctx), everything()), allowedIPs: [...pick(ctx.rng, ipSets)] }),
  ovhSupport: (ctx) => ({
    ...base(ctx, foreignApp(ctx, "Support"), [
      { method: "GET", path: "/*" },
      { method: "PUT", path: "/*" },
    ]),
    ovhSupport: true,
  }),
  expiringSoon: (ctx) => {
    const draft = base(ctx, ownedApp(ctx), everything());
    const creation = ctx.now - randomInt(ctx.rng, HOUR, 29 * DAY);
    return { ...draft, creation, lastUse: creation + HOUR, expiration: ctx.now + randomInt(ctx.rng, HOUR, 6 * DAY) };
  },
  pending: (ctx) => ({
    ...base(ctx, ownedApp(ctx), pick(ctx.rng, [everything(), [{ method: "GET", path: "/me" }]])),
    creation: ctx.now - randomInt(ctx.rng, HOUR, 20 * DAY),
    lastUse: null,
    status: "pendingValidation",
    redirection: pick(ctx.rng, redirections),
  }),
  refused: (ctx) => ({ ...base(ctx, ownedApp(ctx), everything()), lastUse: null, status: "refused" }),
  expired: (ctx) => {
    const validity = pick(ctx.rng, [HOUR, DAY, 30 * DAY]);
    const creation = ctx.now - validity - randomInt(ctx.rng, DAY, 3 * 365 * DAY);
    const expiration = creation + randomInt(ctx.rng, 10_000, 5 * MINUTE) + validity;
    const used = ctx.rng() < 0.6;
    return {
      ...base(ctx, ctx.rng() < 0.4 ? foreignApp(ctx, "API console") : ownedApp(ctx), everything()),
      creation,
      expiration,
      lastUse: used ? creation + Math.floor(ctx.rng() * (expiration - creation)) : null,
      status: "expired",
    };
  },
  duplicate: (ctx) => {
    const source = ctx.previous.length > 0 ? pick(ctx.rng, ctx.previous) : null;
    if (!source) return makers.fullAccessForever(ctx);
    const draft = base(ctx, ownedApp(ctx), []);
    return { ...draft, applicationId: source.applicationId, rules: source.rules.map((r) => ({ ...r })) };
  },
  readOnly: (ctx) => base(ctx, ownedApp(ctx), [{ method: "GET", path: "/*" }]),
  dns: (ctx) => {
    const zone = pick(ctx.rng, zones);
    const rules: AccessRule[] = [
      { method: "GET", path: `/domain/zone/${zone}/record*` },
      { method: "POST", path: `/domain/zone/${zone}/record*` },
      { method: "DELETE", path: `/domain/zone/${zone}/record/*` },
      { method: "POST", path: `/domain/zone/${zone}/refresh` },
    ];
    return base(ctx, ownedApp(ctx), rules);
  },
  accountControl: (ctx) => base(ctx, ownedApp(ctx), [...everything("/me/api/*"), { method: "GET", path: "/me" }]),
  billing: (ctx) =>
    base(ctx, ownedApp(ctx), [
      { method: "GET", path: "/me/bill*" },
      { method: "GET", path: "/me/debtAccount*" },
    ]),
  order: (ctx) =>
    base(ctx, ownedApp(ctx), [
      { method: "GET", path: "/order/*" },
      { method: "POST", path: "/order/*" },
      { method: "POST", path: "/me/order/*/payWithRegisteredPaymentMean" },
    ]),
  longLived: (ctx) => {
    const draft = base(ctx, ownedApp(ctx), everything());
    return { ...draft, expiration: ctx.now + randomInt(ctx.rng, 30 * DAY, 365 * DAY) };
  },
};

export function makeCredentialDraft(shape: Shape, ctx: ShapeContext): Draft {
  return makers[shape](ctx);
}

/** Every shape once (when there is room), then weighted picks, shuffled; `expiredCount` of them expired. */
export function planShapes(rng: Rng, count: number, expiredCount: number): Shape[] {
  const plan: Shape[] = Array<Shape>(Math.min(expiredCount, count)).fill("expired");
  const names = Object.keys(shapeWeights) as (keyof typeof shapeWeights)[];
  for (const name of names) if (plan.length < count) plan.push(name);
  const total = names.reduce((sum, name) => sum + shapeWeights[name], 0);
  while (plan.length < count) {
    let roll = rng() * total;
    let chosen: Shape = "fullAccessForever";
    for (const name of names) {
      roll -= shapeWeights[name];
      if (roll < 0) {
        chosen = name;
        break;
      }
    }
    plan.push(chosen);
  }
  for (let i = plan.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const swap = plan[i] as Shape;
    plan[i] = plan[j] as Shape;
    plan[j] = swap;
  }
  return plan;
}
