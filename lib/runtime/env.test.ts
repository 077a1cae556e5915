import assert from "node:assert/strict";
import { test } from "node:test";
import { parseEnv } from "./env";

test("the mounted emulator's control API and trusted-proxy reading are off unless set to on", () => {
  const none = parseEnv({ OVH_EMULATOR: "on" });
  assert.equal(none.emulatorControl, false);
  assert.equal(none.emulatorTrustProxy, false);
  const both = parseEnv({ OVH_EMULATOR: "on", OVH_EMULATOR_CONTROL: "on", OVH_EMULATOR_TRUST_PROXY: "on" });
  assert.equal(both.emulatorControl, true);
  assert.equal(both.emulatorTrustProxy, true);
  assert.equal(parseEnv({ OVH_EMULATOR_CONTROL: "1" }).emulatorControl, false);
});
