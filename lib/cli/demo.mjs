// `npm run demo`: builds ovh-keys and starts it with the OVH API emulator mounted, at a printed URL.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";
const next = "node_modules/.bin/next";
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  OVH_EMULATOR: "on",
  // The demo may be public: its emulator's unsigned control API stays closed (404) whatever the shell says.
  OVH_EMULATOR_CONTROL: "off",
  OVH_EMULATOR_URL: process.env.OVH_EMULATOR_URL ?? `http://127.0.0.1:${port}/api/ovh-emulator/1.0`,
  PORT: String(port),
};
if (!env.SESSION_SECRET) {
  env.SESSION_SECRET = randomBytes(32).toString("base64url");
  console.log("SESSION_SECRET is not set: generated a random one for this demo run (sessions end when it stops).");
}

if (!process.argv.includes("--no-build") || !existsSync(".next/BUILD_ID")) {
  console.log("Building ovh-keys (next build)…");
  const build = spawnSync(next, ["build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(next, ["start", "-p", String(port), "-H", host], { stdio: ["ignore", "pipe", "inherit"], env });
let announced = false;
server.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /ready|started/i.test(String(chunk))) {
    announced = true;
    console.log(`\novh-keys demo is running at http://${host === "0.0.0.0" ? "localhost" : host}:${port}`);
    console.log('Open it and click "Use the demo account". Stop with Ctrl+C.\n');
  }
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
