import assert from "node:assert/strict";
import { test } from "node:test";
import { parseEnv } from "@/lib/runtime/env";
import {
  availableEndpoints,
  createTokenPageUrl,
  endpointBaseUrl,
  endpointIdSchema,
  endpointIds,
  endpointLabel,
} from "./endpoints";

test("real endpoints map to the base URLs the official wrappers use", () => {
  assert.equal(endpointBaseUrl("ovh-eu", parseEnv({})), "https://eu.api.ovh.com/1.0");
  assert.equal(endpointBaseUrl("ovh-ca", parseEnv({})), "https://ca.api.ovh.com/1.0");
  assert.equal(endpointBaseUrl("ovh-us", parseEnv({})), "https://api.us.ovhcloud.com/1.0");
  assert.equal(endpointBaseUrl("kimsufi-eu", parseEnv({})), "https://eu.api.kimsufi.com/1.0");
  assert.equal(endpointBaseUrl("kimsufi-ca", parseEnv({})), "https://ca.api.kimsufi.com/1.0");
  assert.equal(endpointBaseUrl("soyoustart-eu", parseEnv({})), "https://eu.api.soyoustart.com/1.0");
  assert.equal(endpointBaseUrl("soyoustart-ca", parseEnv({})), "https://ca.api.soyoustart.com/1.0");
});

test("the emulator is offered only when OVH_EMULATOR is on", () => {
  assert.deepEqual(availableEndpoints(parseEnv({})), endpointIds.slice(0, 7));
  assert.equal(availableEndpoints(parseEnv({ OVH_EMULATOR: "off" })).includes("emulator"), false);
  assert.deepEqual(availableEndpoints(parseEnv({ OVH_EMULATOR: "on" })), [...endpointIds]);
});

test("the emulator base URL refuses to resolve when the emulator is off", () => {
  assert.throws(() => endpointBaseUrl("emulator", parseEnv({})), /not enabled/);
  assert.throws(
    () => createTokenPageUrl("emulator", parseEnv({ OVH_EMULATOR_URL: "http://127.0.0.1:1/x" })),
    /not enabled/,
  );
});

test("the emulator base URL defaults to the app's own port and honours OVH_EMULATOR_URL", () => {
  assert.equal(
    endpointBaseUrl("emulator", parseEnv({ OVH_EMULATOR: "on" })),
    "http://127.0.0.1:3000/api/ovh-emulator/1.0",
  );
  assert.equal(
    endpointBaseUrl("emulator", parseEnv({ OVH_EMULATOR: "on", PORT: "3100" })),
    "http://127.0.0.1:3100/api/ovh-emulator/1.0",
  );
  assert.equal(
    endpointBaseUrl("emulator", parseEnv({ OVH_EMULATOR: "on", OVH_EMULATOR_URL: "http://localhost:8080/1.0/" })),
    "http://localhost:8080/1.0",
  );
});

test("createToken pages sit on each endpoint's API host", () => {
  assert.equal(createTokenPageUrl("ovh-eu", parseEnv({})), "https://eu.api.ovh.com/createToken/");
  assert.equal(createTokenPageUrl("ovh-ca", parseEnv({})), "https://ca.api.ovh.com/createToken/");
  assert.equal(createTokenPageUrl("ovh-us", parseEnv({})), "https://api.us.ovhcloud.com/createToken/");
  assert.equal(createTokenPageUrl("kimsufi-ca", parseEnv({})), "https://ca.api.kimsufi.com/createToken/");
  assert.equal(createTokenPageUrl("soyoustart-eu", parseEnv({})), "https://eu.api.soyoustart.com/createToken/");
  assert.equal(
    createTokenPageUrl("emulator", parseEnv({ OVH_EMULATOR: "on", PORT: "4000" })),
    "http://127.0.0.1:4000/api/ovh-emulator/createToken/",
  );
});

test("endpoint ids are validated and every id has a label", () => {
  assert.equal(endpointIdSchema.safeParse("https://evil.example/1.0").success, false);
  assert.equal(endpointIdSchema.safeParse("ovh-eu").success, true);
  assert.equal(new Set(endpointIds.map(endpointLabel)).size, endpointIds.length);
  assert.match(endpointLabel("ovh-eu"), /Europe/);
});
