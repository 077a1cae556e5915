// How hard ovh-keys leans on OVH (BATCH-AND-PAGINATION.md §4–§6). OVH documents no limit; its
// maintainer's word is "if you are not over 60 req/min by consumer key, you should be ok", and
// unbounded fan-out (the Control Panel's $q.all over every id, external-dns's goroutine per record)
// ends in timeouts and connection resets rather than clean 429s.

/** OVH's stated fair use per consumer key (python-ovh#81): the rate adopted after a 429. */
export const OVH_FAIR_USE_PER_MINUTE = 60;

/**
 * Requests in flight per bulk operation. 16 keeps the 100 X-Ovh-Batch chunks of a 5,000-credential
 * account within 7 round trips (OVH's own manager sends its chunks with no cap at all) and keeps the
 * per-id fallback and revocations a bounded burst, close to the OVH CLI's 10 parallel requests.
 */
export const BULK_CONCURRENCY = 16;
