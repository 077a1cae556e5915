import assert from "node:assert/strict";
import { test } from "node:test";
import { tokenRequestResultSchema } from "@/lib/ovh/models";
import { createOvhEmulator } from "./handler";
import { fixedClock, harness, ORIGIN, signedFetch } from "./test-helpers";

const QUERY_ID = /^EU\.ext-\d\.[0-9a-f]{8}\.\d+\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

test("every kind of response carries an X-Ovh-Queryid", async () => {
  const h = harness(undefined, { basePath: "/mnt" });
  const get = (path: string, init?: RequestInit) => h.emulator.fetch(new Request(`${ORIGIN}${path}`, init));
  const token = tokenRequestResultSchema.parse(
    await (
      await get("/mnt/1.0/auth/credential", {
        method: "POST",
        headers: { "X-Ovh-Application": h.keys.applicationKey },
        body: JSON.stringify({ accessRules: [], redirection: "https://x.example/" }),
      })
    ).json(),
  );
  const form = new URLSearchParams({
    login: h.keys.login,
    password: h.keys.password,
    validity: "3600",
    decision: "authorize",
  });
  const responses = [
    await get("/mnt/1.0/auth/time"),
    await get("/mnt/v1/me"),
    await get("/mnt/1.0/unknown"),
    await get("/elsewhere"),
    await get("/mnt/createToken/?GET=/me"),
    await get("/mnt/_emulator/accounts/nope"),
    await get(token.validationUrl.replace(ORIGIN, ""), { method: "POST", body: form }),
    await get("/mnt/auth/?credentialToken=nope"),
    await signedFetch(h, { prefix: "/mnt/1.0", path: "/me", keys: h.keys }),
  ];
  assert.deepEqual(
    responses.map((r) => r.status),
    [200, 401, 404, 404, 200, 404, 303, 404, 200],
  );
  for (const response of responses) assert.match(response.headers.get("x-ovh-queryid") ?? "", QUERY_ID);
  const ids = new Set(responses.map((r) => r.headers.get("x-ovh-queryid")));
  assert.equal(ids.size, responses.length);
});

test("an unexpected failure is an OVH-shaped 500, not a thrown error", async () => {
  const clock = fixedClock();
  const emulator = createOvhEmulator({ now: clock.now });
  const account = emulator.store.addAccount({ seed: 1, credentials: 5 });
  const original = console.error;
  console.error = () => {};
  try {
    const broken = new Request(`${ORIGIN}/1.0/auth/time`, {
      headers: { "X-Ovh-Application": account.keys.applicationKey },
    });
    Object.defineProperty(broken, "headers", {
      get: () => {
        throw new Error("boom");
      },
    });
    const response = await emulator.fetch(broken);
    assert.equal(response.status, 500);
    assert.equal(((await response.json()) as { class: string }).class, "Server::InternalServerError");
    assert.ok(response.headers.get("x-ovh-queryid"));
  } finally {
    console.error = original;
  }
});

test("the mount prefix is required in front of every route", async () => {
  const h = harness(undefined, { basePath: "/api/ovh-emulator/" });
  assert.equal(h.emulator.basePath, "/api/ovh-emulator");
  assert.equal((await signedFetch(h, { path: "/me", keys: h.keys })).status, 404);
  assert.equal((await signedFetch(h, { prefix: "/api/ovh-emulator/1.0", path: "/me", keys: h.keys })).status, 200);
});
