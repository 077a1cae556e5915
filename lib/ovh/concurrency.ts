// The one limit on requests in flight toward OVH, for every fan-out: inventory loads, X-Ovh-Batch
// chunks and their per-id fallback, revocations, application deletions. OVH documents no limit
// (BATCH-AND-PAGINATION.md §4–§6); unbounded fan-out (the Control Panel's $q.all over every id,
// external-dns's goroutine per record) ends in timeouts and connection resets rather than clean 429s.
// 10 is the OVH CLI's own parallelism. It keeps the 100 X-Ovh-Batch chunks of a 5,000-credential
// account within 10 round trips, and bursts of unpaced DELETEs small enough that a 1,000-credential
// revocation on a rate-limited, faulty account still completes on retry (lib/inventory/reliability.test.ts);
// at 16 it does not. Sustained rate is the pacer's job after OVH's first 429 (lib/ovh/paced-client.ts).
export const OVH_CONCURRENCY = 10;
