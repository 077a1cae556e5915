import assert from "node:assert/strict";
import { test } from "node:test";
import { getAccount } from "./account";
import { OvhApiError } from "./errors";
import { json, ovhError, testClient } from "./test-fetch";
import { requestCredential } from "./token-requests";

const answer = {
  state: "pendingValidation",
  consumerKey: "5DU984kYxyoAe4lRaevZCGnmt9FVnKT2",
  validationUrl: "https://eu.api.ovh.com/auth/?credentialToken=abc",
};

test("a token request is an unsigned POST /auth/credential with accessRules, redirection, allowedIPs in order", async () => {
  const { ovh, requests } = testClient(() => json(answer), { consumerKey: undefined, appSecret: undefined });
  const result = await requestCredential(ovh, {
    allowedIPs: ["192.0.2.0/24"],
    redirection: "https://keys.example/done",
    accessRules: [{ method: "GET", path: "/me/api/*" }],
  });
  assert.deepEqual(result, answer);
  const sent = requests[0];
  assert.ok(sent);
  assert.equal(`${sent.method} ${sent.path}`, "POST /auth/credential");
  assert.equal(
    sent.body,
    '{"accessRules":[{"method":"GET","path":"/me/api/*"}],"redirection":"https://keys.example/done","allowedIPs":["192.0.2.0/24"]}',
  );
  assert.equal(sent.headers["x-ovh-signature"], undefined);
  assert.equal(sent.headers["x-ovh-consumer"], undefined);
});

test("absent redirection and allowedIPs are left out of the body", async () => {
  const { ovh, requests } = testClient(() => json(answer));
  await requestCredential(ovh, { accessRules: [{ method: "DELETE", path: "/me/api/credential/*" }] });
  assert.equal(requests[0]?.body, '{"accessRules":[{"method":"DELETE","path":"/me/api/credential/*"}]}');
});

test("an invalid application key on a token request surfaces as a 403 OvhApiError", async () => {
  const { ovh } = testClient(() => ovhError(403, { class: "Client::Forbidden", message: "Invalid application key" }));
  await assert.rejects(
    requestCredential(ovh, { accessRules: [{ method: "GET", path: "/*" }] }),
    (e) => e instanceof OvhApiError && e.status === 403 && e.route === "/auth/credential",
  );
});

test("getAccount reads GET /me and keeps fields it does not model", async () => {
  const me = { nichandle: "xx1234-ovh", email: "a@b.c", ovhSubsidiary: "FR", ovhCompany: "ovh", state: "complete" };
  const { ovh, requests } = testClient(() => json(me));
  const account = await getAccount(ovh);
  assert.equal(account.nichandle, "xx1234-ovh");
  assert.equal((account as Record<string, unknown>).state, "complete");
  assert.equal(requests[0]?.path, "/me");
});
