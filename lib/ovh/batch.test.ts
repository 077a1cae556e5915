import assert from "node:assert/strict";
import { beforeEach, test } from "node:test";
import { fetchSomeByIds } from "./batch";
import { BatchItemError } from "./batch-get";
import { batchVerdict, forgetBatchVerdicts } from "./batch-support";
import { OVH_CONCURRENCY } from "./concurrency";
import { getCredentials } from "./credentials";
import { OvhApiError, OvhBatchUnsupportedError, OvhProtocolError } from "./errors";
import { credentialSchema } from "./models";
import { createLimiter } from "./pool";
import { signRequest } from "./signature";
import {
  credentialFixture,
  json,
  ovhError,
  type RecordedRequest,
  testBaseUrl,
  testClient,
  testKeys,
  tick,
} from "./test-fetch";

const prefix = "/me/api/credential";
const batchIds = (req: RecordedRequest) => (req.path.split("/").pop() ?? "").split(",").map(Number);
const isBatch = (req: RecordedRequest) => req.headers["x-ovh-batch"] === ",";
const batchAnswer = (req: RecordedRequest) =>
  json(batchIds(req).map((id) => ({ key: String(id), value: credentialFixture(id), error: null })));
const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

// Batch support is remembered per base URL for the whole process: every test starts from a fresh one.
beforeEach(() => forgetBatchVerdicts());

test("a batch GET joins ids with literal commas, sends X-Ovh-Batch and signs the URL as sent", async () => {
  const { ovh, requests } = testClient(() =>
    json([
      { key: "11", value: credentialFixture(11), error: null },
      { key: "12", value: null, error: "The requested object (credentialId = 12) does not exist" },
      { key: "99", value: credentialFixture(99), error: null },
    ]),
  );
  const result = await ovh.getBatch(prefix, [11, 12], credentialSchema);
  const sent = requests[0];
  assert.ok(sent);
  assert.equal(sent.url, `${testBaseUrl}/me/api/credential/11,12`);
  assert.equal(sent.headers["x-ovh-batch"], ",");
  const expected = signRequest({
    ...testKeys,
    method: "GET",
    url: `${testBaseUrl}/me/api/credential/11,12`,
    body: "",
    timestamp: Number(sent.headers["x-ovh-timestamp"]),
  });
  assert.equal(sent.headers["x-ovh-signature"], expected);
  assert.deepEqual(result.get(11), credentialFixture(11));
  assert.ok(result.get(12) instanceof BatchItemError);
  assert.match((result.get(12) as BatchItemError).error, /does not exist/);
  assert.equal(result.has(99), false, "keys that were not asked for are ignored");
});

test("a refused batch (4xx or a non-array answer) is reported as unsupported; a dead session is not", async () => {
  const refused = testClient(() => ovhError(400, { message: "Invalid path" }));
  await assert.rejects(refused.ovh.getBatch(prefix, [1, 2], credentialSchema), OvhBatchUnsupportedError);
  const notArray = testClient(() => json(credentialFixture(1)));
  await assert.rejects(notArray.ovh.getBatch(prefix, [1, 2], credentialSchema), OvhBatchUnsupportedError);
  const dead = testClient(() =>
    ovhError(403, { errorCode: "INVALID_CREDENTIAL", message: "This credential is not valid" }),
  );
  await assert.rejects(dead.ovh.getBatch(prefix, [1, 2], credentialSchema), (e) => e instanceof OvhApiError);
  const drift = testClient(() => json([{ key: "1", value: { credentialId: "x" } }]));
  await assert.rejects(drift.ovh.getBatch(prefix, [1, 2], credentialSchema), OvhProtocolError);
});

test("getCredentials loads chunks of 50 by batch and returns them in the order asked", async () => {
  const { ovh, requests } = testClient(batchAnswer);
  const ids = range(1, 120).reverse();
  const credentials = await getCredentials(ovh, ids);
  assert.deepEqual(
    credentials.map((c) => c.credentialId),
    ids,
  );
  assert.deepEqual(
    requests.map((r) => [isBatch(r), batchIds(r).length]),
    [
      [true, 50],
      [true, 50],
      [true, 20],
    ],
  );
});

test("when batching is refused it falls back to one GET per id, and every client of that base URL remembers it", async () => {
  const responder = (req: RecordedRequest) =>
    isBatch(req) ? ovhError(400, { message: "Bad batch" }) : json(credentialFixture(batchIds(req)[0] ?? 0));
  const { ovh, requests } = testClient(responder);
  const first = await getCredentials(ovh, [3, 1, 2]);
  assert.deepEqual(
    first.map((c) => c.credentialId),
    [3, 1, 2],
  );
  assert.equal(requests.filter(isBatch).length, 1);
  assert.equal(requests.filter((r) => !isBatch(r)).length, 3);
  assert.equal(batchVerdict(testBaseUrl), "refused");

  await getCredentials(ovh, [4, 5]);
  assert.equal(requests.filter(isBatch).length, 1, "the second load skips the batch probe");
  assert.deepEqual(
    requests.slice(-2).map((r) => r.path),
    ["/me/api/credential/4", "/me/api/credential/5"],
  );

  const sameEndpoint = testClient(responder);
  await getCredentials(sameEndpoint.ovh, [4, 5]);
  assert.equal(sameEndpoint.requests.filter(isBatch).length, 0, "another client of the same endpoint trusts it");

  const otherBase = "https://ca.api.ovh.com/1.0";
  const otherEndpoint = testClient(responder, { baseUrl: otherBase });
  await getCredentials(otherEndpoint.ovh, [4, 5]);
  assert.equal(otherEndpoint.requests.filter(isBatch).length, 1, "another endpoint probes for itself");
});

test("a refusing server costs one failed probe in all: the other chunks wait for its verdict", async () => {
  const { ovh, requests } = testClient(async (req) => {
    await tick();
    return isBatch(req) ? ovhError(400, { message: "Bad batch" }) : json(credentialFixture(batchIds(req)[0] ?? 0));
  });
  const credentials = await getCredentials(ovh, range(1, 230), { concurrency: OVH_CONCURRENCY });
  assert.equal(credentials.length, 230);
  assert.equal(requests.filter(isBatch).length, 1);
  assert.equal(requests.length, 1 + 230);
  assert.equal(isBatch(requests[0] as RecordedRequest), true, "the probe goes first, alone");
});

test("concurrent loads on one base URL share the probe, then send their chunks side by side", async () => {
  const { ovh, requests, stats } = testClient(async (req) => {
    await tick();
    return batchAnswer(req);
  });
  const [a, b] = await Promise.all([
    getCredentials(ovh, range(1, 200), { concurrency: OVH_CONCURRENCY }),
    getCredentials(ovh, range(1_000, 100), { concurrency: OVH_CONCURRENCY }),
  ]);
  assert.equal(a.length + b.length, 300);
  assert.equal(requests.length, 6);
  assert.equal(batchIds(requests[0] as RecordedRequest)[0], 1, "the first load probes");
  assert.equal(batchVerdict(testBaseUrl), "supported");
  assert.ok(stats.maxInFlight >= 4, `chunks after the probe go in parallel (max in flight ${stats.maxInFlight})`);

  const later = testClient(batchAnswer);
  await getCredentials(later.ovh, range(1, 150));
  assert.equal(later.requests.length, 3, "a known verdict needs no probe");
});

test("onFound sees each object as it arrives, and a shared limiter bounds several loads together", async () => {
  const { ovh, stats } = testClient(async (req) => {
    await tick();
    return isBatch(req) ? ovhError(400, { message: "no batch" }) : json(credentialFixture(batchIds(req)[0] ?? 0));
  });
  const limiter = createLimiter(4);
  const seen: number[] = [];
  await Promise.all([
    getCredentials(ovh, range(1, 20), { limiter, onFound: (c) => seen.push(c.credentialId) }),
    getCredentials(ovh, range(100, 20), { limiter }),
  ]);
  assert.deepEqual(
    seen.sort((x, y) => x - y),
    range(1, 20),
  );
  assert.equal(stats.maxInFlight, 4);
});

test("failed batch items are re-fetched alone: a 404 drops them, a value is kept", async () => {
  const { ovh, requests } = testClient((req) => {
    if (isBatch(req)) {
      return json([
        { key: "1", value: credentialFixture(1), error: null },
        { key: "2", value: null, error: "gone" },
        { key: "3", value: null, error: "temporary" },
      ]);
    }
    return req.path.endsWith("/3") ? json(credentialFixture(3)) : ovhError(404, { message: "not found" });
  });
  const credentials = await getCredentials(ovh, [1, 2, 3, 4]);
  assert.deepEqual(
    credentials.map((c) => c.credentialId),
    [1, 3],
  );
  assert.deepEqual(
    requests.filter((r) => !isBatch(r)).map((r) => r.path),
    ["/me/api/credential/2", "/me/api/credential/3", "/me/api/credential/4"],
  );
});

test("a single id uses a plain GET, and ids that 404 are simply absent", async () => {
  const { ovh, requests } = testClient(() => ovhError(404, { message: "The requested object does not exist" }));
  assert.deepEqual(await getCredentials(ovh, [8]), []);
  assert.equal(requests.length, 1);
  assert.equal(isBatch(requests[0] as RecordedRequest), false);
  assert.deepEqual(await getCredentials(ovh, []), []);
  assert.equal(requests.length, 1);
});

test("the concurrency bound holds across batch chunks and per-id fallbacks", async () => {
  const { ovh, stats, requests } = testClient(async (req) => {
    await tick();
    if (isBatch(req)) return ovhError(400, { message: "no batch" });
    return json(credentialFixture(batchIds(req)[0] ?? 0));
  });
  const ids = range(1, 40);
  const credentials = await getCredentials(ovh, ids, { batchSize: 5, concurrency: 3 });
  assert.equal(credentials.length, 40);
  assert.equal(stats.maxInFlight, 3);
  assert.ok(requests.filter(isBatch).length >= 1);
});

test("a per-id failure other than 404 fails the load and stops queued calls", async () => {
  const { ovh, requests } = testClient(async (req) => {
    await tick();
    if (isBatch(req)) return ovhError(400, { message: "no batch" });
    return ovhError(403, { errorCode: "NOT_GRANTED_CALL", message: "This call has not been granted" });
  });
  await assert.rejects(getCredentials(ovh, range(1, 30), { batchSize: 30, concurrency: 2 }), OvhApiError);
  for (let i = 0; i < 50; i++) await tick(); // let anything still queued run, if it were going to
  assert.ok(requests.length < 6, `sent ${requests.length} requests after the failure`);
});

test("ids that are not positive integers never reach a URL", async () => {
  const { ovh, requests } = testClient(() => json([]));
  for (const bad of [0, -1, 1.5, Number.NaN]) {
    await assert.rejects(getCredentials(ovh, [1, bad]), RangeError);
  }
  assert.equal(requests.length, 0);
});

test("a partial load reports the ids of a chunk that keeps failing and returns the others", async () => {
  const { ovh } = testClient(
    (req) => {
      if (isBatch(req) && batchIds(req).includes(60)) return ovhError(503, { message: "Service unavailable" });
      return isBatch(req) ? batchAnswer(req) : json(credentialFixture(Number(req.path.split("/").pop())));
    },
    { retry: { maxAttempts: 1 } },
  );
  const result = await fetchSomeByIds(ovh, prefix, range(1, 120), credentialSchema, { batchSize: 50 });
  assert.deepEqual(result.failedIds, range(51, 50));
  assert.deepEqual(
    result.items.map((c) => c.credentialId),
    [...range(1, 50), ...range(101, 20)],
  );
  assert.ok(result.reportedError instanceof OvhApiError && result.reportedError.status === 503);
});

test("a partial load whose chunks fail differently reports the one OVH answered, with its query id", async () => {
  const { ovh } = testClient(
    (req) => {
      if (!isBatch(req)) return json(credentialFixture(Number(req.path.split("/").pop())));
      // The first chunk's connection drops at once; the second is answered 503, later.
      if (batchIds(req).includes(1)) return "network-error";
      if (batchIds(req).includes(60)) {
        return tick().then(() => ovhError(503, { message: "Service unavailable" }, { "X-Ovh-Queryid": "EU.chunk2" }));
      }
      return batchAnswer(req);
    },
    { retry: { maxAttempts: 1 } },
  );
  const result = await fetchSomeByIds(ovh, prefix, range(1, 120), credentialSchema, { batchSize: 50 });
  assert.deepEqual(result.failedIds, range(1, 100));
  assert.ok(result.reportedError instanceof OvhApiError);
  assert.equal(result.reportedError.queryId, "EU.chunk2");
});

test("a partial load still fails as a whole when the credential is dead", async () => {
  const { ovh } = testClient(
    (req) =>
      isBatch(req) && batchIds(req).includes(60)
        ? ovhError(403, { errorCode: "INVALID_CREDENTIAL", message: "This credential is not valid" })
        : batchAnswer(req),
    { retry: { maxAttempts: 1 } },
  );
  await assert.rejects(
    fetchSomeByIds(ovh, prefix, range(1, 120), credentialSchema, { batchSize: 50 }),
    (e) => e instanceof OvhApiError && e.errorCode === "INVALID_CREDENTIAL",
  );
});
