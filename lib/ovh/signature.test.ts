import assert from "node:assert/strict";
import { test } from "node:test";
import { z } from "zod";
import { signRequest } from "./signature";
import vectorsFile from "./signature-vectors.json";

const vectors = z
  .object({
    vectors: z.array(
      z.object({
        AS: z.string(),
        CK: z.string(),
        method: z.string(),
        url: z.string(),
        body: z.string(),
        timestamp: z.number().int(),
        signature: z.string(),
      }),
    ),
  })
  .parse(vectorsFile).vectors;

test("the shared vector file holds all 42 verified vectors", () => {
  assert.equal(vectors.length, 42);
});

test("every verified vector signs to its expected signature", () => {
  for (const v of vectors) {
    const signature = signRequest({
      appSecret: v.AS,
      consumerKey: v.CK,
      method: v.method,
      url: v.url,
      body: v.body,
      timestamp: v.timestamp,
    });
    assert.equal(signature, v.signature, `${v.method} ${v.url} body=${JSON.stringify(v.body)} ts=${v.timestamp}`);
  }
});

test("the official docs example is pinned independently of the vector file", () => {
  const signature = signRequest({
    appSecret: "EXEgWIz07P0HYwtQDs7cNIqCiQaWSuHF",
    consumerKey: "MtSwSrPpNjqfVSmJhLbPyr2i45lSwPU1",
    method: "GET",
    url: "https://eu.api.ovh.com/1.0/domain/",
    body: "",
    timestamp: 1366560945,
  });
  assert.equal(signature, "$1$6a77f43f2871db97a029f1d1d81c4dcd3c6f7265");
});

test("changing any signed field changes the signature", () => {
  const base = {
    appSecret: "AS",
    consumerKey: "CK",
    method: "GET",
    url: "http://127.0.0.1/1.0/me",
    body: "",
    timestamp: 1,
  };
  const reference = signRequest(base);
  for (const change of [{ url: "http://127.0.0.1/1.0/me?x=1" }, { body: "{}" }, { timestamp: 2 }, { method: "PUT" }]) {
    assert.notEqual(signRequest({ ...base, ...change }), reference, JSON.stringify(change));
  }
});
