import "server-only";
import { serverEnv } from "@/lib/runtime/env";
import { createOvhEmulator, type OvhEmulator } from "./handler";

// One emulator per process for the Next route. Next compiles route entries separately, so
// module-level state would be duplicated; globalThis is the only shared place.

export const SHARED_BASE_PATH = "/api/ovh-emulator";

const KEY = Symbol.for("ovh-keys.ovh-emulator");

type Holder = { [KEY]?: OvhEmulator };

export function getSharedEmulator(): OvhEmulator {
  const holder = globalThis as typeof globalThis & Holder;
  // The control API is closed unless a test run opens it: a public demo must not let anyone create
  // unbounded accounts or turn knobs (demo accounts are created in-process, lib/connect/demo-account.ts).
  holder[KEY] ??= createOvhEmulator({ basePath: SHARED_BASE_PATH, control: serverEnv().emulatorControl });
  return holder[KEY];
}
export { isDroppedConnection } from "./faults";
