// How fast ovh-keys may call OVH once it has asked us to slow down (BATCH-AND-PAGINATION.md §4–§6).
// OVH documents no limit; its maintainer's word is "if you are not over 60 req/min by consumer key,
// you should be ok". How many requests may be in flight at once is lib/ovh/concurrency.ts.

/** OVH's stated fair use per consumer key (python-ovh#81): the rate adopted after a 429. */
export const OVH_FAIR_USE_PER_MINUTE = 60;
