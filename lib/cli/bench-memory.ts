// Child process of `npm run bench`: node --expose-gc --import tsx lib/cli/bench-memory.ts <endpoint> <sessions> <n> <latencyMs>
// Prints the memory scenario's result as one JSON line.

import { measureConcurrentSessions } from "@/lib/bench/memory-sessions";
import { emulatorControl } from "@/lib/ovh-emulator/control-client";

const [endpoint = "", sessions = "20", n = "5000", latencyMs = "30"] = process.argv.slice(2);
const result = await measureConcurrentSessions(emulatorControl(endpoint), {
  sessions: Number(sessions),
  n: Number(n),
  latencyMs: Number(latencyMs),
});
console.log(JSON.stringify(result));
