import assert from "node:assert/strict";
import { test } from "node:test";
import { parseEnv } from "@/lib/runtime/env";
import { dashboardEgressIps, sessionFacts } from "./egress";

test("a real endpoint has no egress address unless OVH_KEYS_EGRESS_IPS names one", () => {
  assert.deepEqual(dashboardEgressIps("ovh-eu", parseEnv({})), []);
  const configured = parseEnv({ OVH_KEYS_EGRESS_IPS: "203.0.113.5, 2001:db8::5" });
  assert.deepEqual(dashboardEgressIps("ovh-eu", configured), ["203.0.113.5", "2001:db8::5"]);
});

test("the emulator defaults to loopback, and the setting still wins", () => {
  assert.deepEqual(dashboardEgressIps("emulator", parseEnv({})), ["127.0.0.1"]);
  const configured = parseEnv({ OVH_KEYS_EGRESS_IPS: "198.51.100.9" });
  assert.deepEqual(sessionFacts({ endpoint: "emulator", credentialId: 7 }, configured), {
    currentCredentialId: 7,
    egressIps: ["198.51.100.9"],
  });
});
