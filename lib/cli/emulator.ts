// Standalone OVH API v1 emulator: `npm run emulator -- --port 8787 [--credentials 150] [--latency-ms 30] [--host 127.0.0.1]`.
// Prints the demo account's keys (emulator-only keys, useless against the real API) so any OVH
// client can be pointed at it through the usual OVH_* environment variables.
import { parseArgs } from "node:util";
import { integerOption } from "@/lib/cli/integer-option";
import { MAX_CREDENTIALS } from "@/lib/ovh-emulator/fixtures";
import { startEmulatorServer } from "@/lib/ovh-emulator/http-server";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "8787" },
    host: { type: "string", default: "127.0.0.1" },
    credentials: { type: "string", default: "150" },
    "latency-ms": { type: "string", default: "0" },
  },
});

const server = await startEmulatorServer({
  port: integerOption("port", values.port, 0, 65_535),
  host: values.host,
  credentials: integerOption("credentials", values.credentials, 1, MAX_CREDENTIALS),
  latencyMs: integerOption("latency-ms", values["latency-ms"], 0, 120_000),
});
const keys = server.emulator.store.demoAccount().keys;

console.log(`OVH_ENDPOINT=${server.url}/1.0`);
console.log(`OVH_APPLICATION_KEY=${keys.applicationKey}`);
console.log(`OVH_APPLICATION_SECRET=${keys.applicationSecret}`);
console.log(`OVH_CONSUMER_KEY=${keys.consumerKey}`);
console.log(`# validation page login: account ID ${keys.login}, password ${keys.password}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close().finally(() => process.exit(0));
  });
}
