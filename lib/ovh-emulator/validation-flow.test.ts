import assert from "node:assert/strict";
import { test } from "node:test";
import { tokenRequestResultSchema } from "@/lib/ovh/models";
import { HOUR } from "./datetime";
import { body, type Harness, harness, ORIGIN, signedFetch } from "./test-helpers";

async function pendingToken(h: Harness, extra: Record<string, unknown> = {}, appKey = h.keys.applicationKey) {
  const response = await h.emulator.fetch(
    new Request(`${ORIGIN}/1.0/auth/credential`, {
      method: "POST",
      headers: { "X-Ovh-Application": appKey },
      body: JSON.stringify({ accessRules: [{ method: "GET", path: "/me/api/*" }], ...extra }),
    }),
  );
  const result = tokenRequestResultSchema.parse(await response.json());
  const credential = h.emulator.store.findCredential(result.consumerKey)?.credential;
  if (!credential) throw new Error("token request did not store a credential");
  return { ...result, credential };
}

function submit(h: Harness, validationUrl: string, fields: Record<string, string>) {
  return h.emulator.fetch(
    new Request(validationUrl, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields).toString(),
    }),
  );
}

const signIn = (h: Harness) => ({ login: h.keys.login, password: h.keys.password });

test("the consent page shows the application, the rules and a labelled form", async () => {
  const h = harness();
  const { validationUrl } = await pendingToken(h);
  const response = await h.emulator.fetch(new Request(validationUrl));
  const html = await response.text();
  assert.equal(response.status, 200);
  assert.match(response.headers.get("content-type") ?? "", /^text\/html/);
  assert.ok(response.headers.get("x-ovh-queryid"));
  assert.match(html, /ovh-keys dashboard/);
  assert.match(html, /\/me\/api\/\*/);
  for (const label of ["Account ID", "Password", "Validity"])
    assert.match(html, new RegExp(`<label for="\\w+">${label}</label>`));
  assert.match(html, /<option value="86400" selected>24 hours<\/option>/);
  for (const option of ["1 hour", "30 days", "Unlimited"]) assert.ok(html.includes(`>${option}</option>`));
  assert.match(html, />Authorize<\/button>/);
  assert.match(html, />Refuse<\/button>/);
  assert.ok(html.includes(h.keys.login) && html.includes(h.keys.password));
  assert.doesNotMatch(html, /<script|src=["']?http/i);
});

test("hostile application names are escaped on the consent page", async () => {
  const h = harness();
  const hostile = [...h.account.applications.values()].find((a) => a.name === "<script>alert(1)</script>");
  assert.ok(hostile);
  const { validationUrl } = await pendingToken(h, {}, hostile.applicationKey);
  const html = await (await h.emulator.fetch(new Request(validationUrl))).text();
  assert.ok(html.includes("&lt;script&gt;alert(1)&lt;/script&gt;"));
  assert.ok(html.includes("&lt;img src=x onerror=alert(1)&gt;"));
  assert.doesNotMatch(html, /<script>|<img/);
});

test("a wrong password re-renders the form with an inline error", async () => {
  const h = harness();
  const { validationUrl, credential } = await pendingToken(h);
  const response = await submit(h, validationUrl, {
    login: h.keys.login,
    password: "nope",
    validity: "3600",
    decision: "authorize",
  });
  const html = await response.text();
  assert.match(html, /role="alert">Wrong account ID or password\./);
  assert.match(html, /aria-invalid="true"/);
  assert.match(html, /<option value="3600" selected>/);
  assert.equal(credential.status, "pendingValidation");
});

test("authorizing with a validity sets the expiration, then the link is spent", async () => {
  const h = harness();
  const { validationUrl, credential } = await pendingToken(h);
  const response = await submit(h, validationUrl, { ...signIn(h), validity: "3600", decision: "authorize" });
  assert.equal(response.status, 200);
  assert.match(await response.text(), /Access granted[\s\S]*close this tab/);
  assert.equal(credential.status, "validated");
  assert.equal(credential.expiration, h.clock.now() + HOUR);
  const again = await h.emulator.fetch(new Request(validationUrl));
  assert.equal(again.status, 404);
  assert.match(await again.text(), /unknown or has already been used/);
});

test("Unlimited validity leaves the expiration empty", async () => {
  const h = harness();
  const { validationUrl, credential } = await pendingToken(h);
  await submit(h, validationUrl, { ...signIn(h), validity: "unlimited", decision: "authorize" });
  assert.equal(credential.status, "validated");
  assert.equal(credential.expiration, null);
});

test("refusing marks the credential refused", async () => {
  const h = harness();
  const { validationUrl, credential } = await pendingToken(h);
  const response = await submit(h, validationUrl, { ...signIn(h), validity: "86400", decision: "refuse" });
  assert.match(await response.text(), /Access refused/);
  assert.equal(credential.status, "refused");
});

test("after the decision the browser goes to an http(s) redirection with 303", async () => {
  const h = harness();
  const { validationUrl } = await pendingToken(h, { redirection: "https://app.example/done?x=1" });
  const response = await submit(h, validationUrl, { ...signIn(h), validity: "86400", decision: "authorize" });
  assert.equal(response.status, 303);
  assert.equal(response.headers.get("location"), "https://app.example/done?x=1");
  assert.ok(response.headers.get("x-ovh-queryid"));
});

test("a non-http redirection is never followed", async () => {
  const h = harness();
  const { validationUrl, credential } = await pendingToken(h, { redirection: "javascript:alert(1)" });
  const response = await submit(h, validationUrl, { ...signIn(h), validity: "86400", decision: "refuse" });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get("location"), null);
  assert.equal(credential.status, "refused");
});

test("an unknown token is a 404 page", async () => {
  const h = harness();
  const response = await h.emulator.fetch(new Request(`${ORIGIN}/auth/?credentialToken=${"a".repeat(64)}`));
  assert.equal(response.status, 404);
  assert.match(await response.text(), /Unknown validation link/);
});

test("the createToken page lists the prefilled rules, escaped", async () => {
  const h = harness();
  const response = await h.emulator.fetch(
    new Request(`${ORIGIN}/createToken/?GET=/me&POST=/domain/*&DELETE=%3Cb%3E&foo=bar`),
  );
  const html = await response.text();
  assert.equal(response.status, 200);
  assert.match(html, /<code>GET<\/code><\/td><td><code><bdi>\/me<\/bdi>/);
  assert.match(html, /<code>POST<\/code><\/td><td><code><bdi>\/domain\/\*<\/bdi>/);
  assert.ok(html.includes("&lt;b&gt;"));
  assert.ok(!html.includes("bar"));
});

test("a 10,000-character application name is truncated on the consent page", async () => {
  const h = harness();
  const long = [...h.account.applications.values()].find((a) => a.name.length === 10_000);
  assert.ok(long);
  const { validationUrl } = await pendingToken(h, {}, long.applicationKey);
  const html = await (await h.emulator.fetch(new Request(validationUrl))).text();
  assert.match(html, /\(10,000 characters, truncated\)/);
  assert.ok(html.length < 9_000, `${html.length} bytes`);
});

test("a right-to-left override in a name is shown, not applied", async () => {
  const h = harness();
  const spoof = [...h.account.applications.values()].find((a) => a.name.includes("\u202E"));
  assert.ok(spoof);
  const { validationUrl } = await pendingToken(h, {}, spoof.applicationKey);
  const html = await (await h.emulator.fetch(new Request(validationUrl))).text();
  assert.ok(!html.includes("\u202E"));
  assert.match(html, /invoice<span class="hint">\[U\+202E\]<\/span>fdp\.exe/);
});

test("a pending credential validated by another emulated account belongs to that account", async () => {
  const h = harness();
  const other = h.emulator.store.addAccount({ seed: 8, credentials: 5 });
  const accessRules = [
    { method: "GET", path: "/me" },
    { method: "GET", path: "/me/api/*" },
  ];
  const { validationUrl, consumerKey, credential } = await pendingToken(h, { accessRules });
  const response = await submit(h, validationUrl, {
    login: other.keys.login,
    password: other.keys.password,
    validity: "3600",
    decision: "authorize",
  });
  assert.equal(response.status, 200);
  assert.equal(credential.status, "validated");
  assert.equal(h.emulator.store.findCredential(consumerKey)?.account, other);
  assert.equal(h.account.credentials.has(credential.credentialId), false, "no longer in the requester's account");
  assert.equal(other.credentials.get(credential.credentialId), credential);

  // Signed with the requesting application's key and the new consumer key, GET /me is the validator's.
  const keys = { applicationKey: h.keys.applicationKey, applicationSecret: h.keys.applicationSecret, consumerKey };
  const me = await signedFetch(h, { path: "/me", keys });
  assert.equal(me.status, 200);
  assert.equal((await body<{ nichandle: string }>(me)).nichandle, other.keys.nichandle);
  // The validator's account lists it, with the requester's application as a foreign one.
  const app = await signedFetch(h, { path: `/me/api/credential/${credential.credentialId}/application`, keys });
  assert.equal(app.status, 200);
  assert.equal((await body<{ applicationKey: string }>(app)).applicationKey, h.keys.applicationKey);
});

test("the consent page says that any emulated account may validate", async () => {
  const h = harness();
  const { validationUrl } = await pendingToken(h);
  const html = await (await h.emulator.fetch(new Request(validationUrl))).text();
  assert.match(html, /another emulated account/);
});
