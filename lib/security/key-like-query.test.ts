import assert from "node:assert/strict";
import { test } from "node:test";
import { hasKeyLikeParameter, isKeyLikeName } from "./key-like-query";

test("the form fields, the SDKs' config keys and the OVH_* environment names are key-like", () => {
  for (const name of [
    "applicationSecret",
    "applicationKey",
    "consumerKey",
    "application_secret",
    "consumer_key",
    "OVH_APPLICATION_SECRET",
    "OVH_CONSUMER_KEY",
    "ovh-application-key",
    "appSecret",
    "app_key",
    "secret",
    "AS",
    "ck",
    "password",
  ]) {
    assert.equal(isKeyLikeName(name), true, name);
  }
});

test("the dashboard's own query parameters are not", () => {
  for (const name of ["reason", "fresh", "replace", "status", "finding", "q", "sort", "credentialToken", "endpoint"]) {
    assert.equal(isKeyLikeName(name), false, name);
  }
  assert.equal(hasKeyLikeParameter(new URLSearchParams("reason=disconnected&fresh=1")), false);
  assert.equal(hasKeyLikeParameter(new URLSearchParams("reason=x&consumerKey=abc")), true);
});
