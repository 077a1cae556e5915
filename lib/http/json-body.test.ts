import assert from "node:assert/strict";
import { test } from "node:test";
import { z } from "zod";
import { MAX_BODY_BYTES, readJsonBody } from "./json-body";

const schema = z.object({ ids: z.array(z.number().int().positive()) }).strict();
const post = (body: string, headers: Record<string, string> = {}) =>
  new Request("http://dash.example/api/x", {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
  });

test("a valid body parses", async () => {
  assert.deepEqual(await readJsonBody(post('{"ids":[1,2]}'), schema), { ok: true, data: { ids: [1, 2] } });
});

test("hostile bodies end in a 4xx with a message, never a throw", async () => {
  const cases: [string, number][] = [
    ["", 400],
    ["{", 400],
    ['{"ids":[1],"extra":1}', 400],
    ['{"__proto__":{"admin":true},"ids":[1]}', 400],
    ['{"ids":[{"constructor":{"prototype":{}}}]}', 400],
    [`${"[".repeat(100_000)}${"]".repeat(100_000)}`, 400],
    ["x".repeat(MAX_BODY_BYTES + 1), 413],
  ];
  for (const [body, status] of cases) {
    const result = await readJsonBody(post(body), schema);
    assert.equal(result.ok, false, body.slice(0, 30));
    if (!result.ok) {
      assert.equal(result.status, status, body.slice(0, 30));
      assert.ok(result.message.length > 10);
    }
  }
  for (const type of ["text/plain", "text/html", "application/x-www-form-urlencoded", ""]) {
    const wrongType = await readJsonBody(post('{"ids":[1]}', { "content-type": type }), schema);
    assert.equal(wrongType.ok ? 200 : wrongType.status, 415, type);
  }
  const declared = await readJsonBody(post("{}", { "content-length": String(MAX_BODY_BYTES + 1) }), schema);
  assert.equal(declared.ok ? 200 : declared.status, 413);
});
