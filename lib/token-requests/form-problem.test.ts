import assert from "node:assert/strict";
import { test } from "node:test";
import { lintRules } from "@/lib/access-rules/lint";
import { firstFormProblem } from "./form-problem";

const fine = {
  findings: lintRules([{ method: "GET", path: "/me", recursive: false }]),
  allowedIPs: "",
  redirection: "",
};

test("a well-formed form has no problem", () => {
  assert.equal(firstFormProblem(fine), null);
  assert.equal(
    firstFormProblem({ ...fine, allowedIPs: "192.0.2.1, 2001:db8::/32", redirection: "https://x.example/" }),
    null,
  );
});

test("a rule error comes first and points at its row; warnings do not block", () => {
  const findings = lintRules([
    { method: "POST", path: "/*", recursive: false },
    { method: "GET", path: "me/..", recursive: false },
  ]);
  const problem = firstFormProblem({ ...fine, findings, allowedIPs: "nope" });
  assert.equal(problem?.field, "rules");
  assert.equal(problem?.ruleIndex, 1);
  assert.equal(
    firstFormProblem({ ...fine, findings: lintRules([{ method: "POST", path: "/*", recursive: false }]) }),
    null,
  );
});

test("bad IP blocks, a non-web redirection and a missing other key are reported in that order", () => {
  assert.equal(
    firstFormProblem({ ...fine, allowedIPs: "10.0.0.1/8", redirection: "javascript:x" })?.field,
    "allowed-ips",
  );
  assert.equal(firstFormProblem({ ...fine, redirection: "javascript:alert(1)" })?.field, "redirection");
  assert.equal(firstFormProblem({ ...fine, otherApplicationKey: "  " })?.field, "other-application-key");
  assert.equal(firstFormProblem({ ...fine, otherApplicationKey: "TDPKJdwZwAQPwKX2" }), null);
});
