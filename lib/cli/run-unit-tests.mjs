// Runs every lib/**/*.test.ts (or the files given) with node's test runner through tsx.
// Node 20 has no --test globs and silently runs 0 tests on a folder of .ts files, so the
// files are listed here and a run that executes no test fails.
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

function findTests(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return findTests(path);
    return entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

const files = process.argv.length > 2 ? process.argv.slice(2) : findTests("lib").sort();
if (files.length === 0) {
  console.error("No unit test files found under lib/.");
  process.exit(1);
}

const child = spawn(
  process.execPath,
  ["--conditions=react-server", "--import", "tsx", "--test", "--test-reporter=spec", ...files],
  { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, NODE_ENV: "test" } },
);
let output = "";
child.stdout.on("data", (chunk) => {
  output += chunk;
  process.stdout.write(chunk);
});
child.on("close", (code) => {
  const tests = Number(/ℹ tests (\d+)/.exec(output)?.[1] ?? /# tests (\d+)/.exec(output)?.[1] ?? 0);
  if (tests === 0) {
    console.error("The unit test run executed no test.");
    process.exit(1);
  }
  process.exit(code ?? 1);
});
