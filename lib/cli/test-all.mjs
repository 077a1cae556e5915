// `npm test`: lint, typecheck, unit tests, production build and Playwright e2e, in that order, stopping at
// the first failure. It ends with one plain "tests: N passed, N failed" line summing unit and e2e tests.
import { spawn } from "node:child_process";

const steps = [
  { name: "lint", command: "npm", args: ["run", "--silent", "lint"] },
  { name: "typecheck", command: "npm", args: ["run", "--silent", "typecheck"] },
  { name: "unit", command: "npm", args: ["run", "--silent", "test:unit"], count: "unit" },
  { name: "build", command: "npm", args: ["run", "--silent", "build"] },
  { name: "e2e", command: "npm", args: ["run", "--silent", "test:e2e"], count: "e2e" },
];

const totals = { passed: 0, failed: 0 };

function run(step) {
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0" },
    });
    let output = "";
    for (const stream of [child.stdout, child.stderr]) {
      stream.on("data", (chunk) => {
        output += chunk;
        (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
      });
    }
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const { code, output } = await run(step);
  if (step.count === "unit") {
    totals.passed += Number(/ℹ pass (\d+)/.exec(output)?.[1] ?? 0);
    totals.failed += Number(/ℹ fail (\d+)/.exec(output)?.[1] ?? 0);
  } else if (step.count === "e2e") {
    totals.passed += Number(/^\s*(\d+) passed/m.exec(output)?.[1] ?? 0);
    totals.failed += Number(/^\s*(\d+) failed/m.exec(output)?.[1] ?? 0);
  }
  console.log(
    `=== ${step.name}: ${code === 0 ? "ok" : `failed (exit ${code})`} in ${Math.round((Date.now() - started) / 1000)} s ===`,
  );
  if (code !== 0) {
    console.log(`tests: ${totals.passed} passed, ${Math.max(totals.failed, 1)} failed`);
    process.exit(code);
  }
}
if (totals.passed === 0) {
  console.log("tests: 0 passed, 1 failed (no test ran)");
  process.exit(1);
}
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
