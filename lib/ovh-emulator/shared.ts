import "server-only";
import { createOvhEmulator, type OvhEmulator } from "./handler";

// One emulator per process for the Next route. Next compiles route entries separately, so
// module-level state would be duplicated; globalThis is the only shared place.

export const SHARED_BASE_PATH = "/api/ovh-emulator";

const KEY = Symbol.for("ovh-keys.ovh-emulator");

type Holder = { [KEY]?: OvhEmulator };

export function getSharedEmulator(): OvhEmulator {
  const holder = globalThis as typeof globalThis & Holder;
  holder[KEY] ??= createOvhEmulator({ basePath: SHARED_BASE_PATH });
  return holder[KEY];
}
export { isDroppedConnection } from "./faults";
