import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { dashboardEgressIps, sessionFacts } from "./egress";

const saved = process.env.OVH_KEYS_EGRESS_IPS;
afterEach(() => {
  if (saved === undefined) delete process.env.OVH_KEYS_EGRESS_IPS;
  else process.env.OVH_KEYS_EGRESS_IPS = saved;
});

test("a real endpoint has no egress address unless OVH_KEYS_EGRESS_IPS names one", () => {
  delete process.env.OVH_KEYS_EGRESS_IPS;
  assert.deepEqual(dashboardEgressIps("ovh-eu"), []);
  process.env.OVH_KEYS_EGRESS_IPS = "203.0.113.5, 2001:db8::5";
  assert.deepEqual(dashboardEgressIps("ovh-eu"), ["203.0.113.5", "2001:db8::5"]);
});

test("the emulator defaults to loopback, and the setting still wins", () => {
  delete process.env.OVH_KEYS_EGRESS_IPS;
  assert.deepEqual(dashboardEgressIps("emulator"), ["127.0.0.1"]);
  process.env.OVH_KEYS_EGRESS_IPS = "198.51.100.9";
  assert.deepEqual(sessionFacts({ endpoint: "emulator", credentialId: 7 }), {
    currentCredentialId: 7,
    egressIps: ["198.51.100.9"],
  });
});
