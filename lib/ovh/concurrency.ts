// The one limit on requests in flight toward OVH, for every fan-out: inventory loads, X-Ovh-Batch
// chunks and their per-id fallback, revocations, application deletions. OVH documents no limit
// (BATCH-AND-PAGINATION.md §4–§6); unbounded fan-out (the Control Panel's $q.all over every id,
// external-dns's goroutine per record) ends in timeouts and connection resets rather than clean 429s.
// 16 keeps the 100 X-Ovh-Batch chunks of a 5,000-credential account within 7 round trips, and lets a
// revocation job delete 1,500 credentials in ~95 round trips (about 3 s at 30 ms), close to the OVH
// CLI's 10 parallel requests. Bursts are safe because a revocation job never fails an item on a 429: it
// requeues it and paces from the first 429 on (lib/revocation/pacing.ts), and before it steps past OVH's
// stated fair use in a minute it sends one request alone, so at most one request is refused for rate.
export const OVH_CONCURRENCY = 16;
