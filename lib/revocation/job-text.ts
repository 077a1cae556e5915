import { etaMs, isFinished, type JobKind, type JobProgress, type JobSnapshot, type JobTally, tallyJob } from "./job";

// What the job page and the header indicator say about a revocation job, in the product's words
// (the buttons that start them: Remove expired, Revoke selected, Revoke every credential, Delete
// keyless applications). Pure, so every sentence is unit-tested; the browser imports it.

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** The page's title: the button the admin pressed. */
export function jobTitle(kind: JobKind, applicationName?: string): string {
  switch (kind) {
    case "remove-expired":
      return "Remove expired";
    case "revoke-selected":
      return "Revoke selected";
    case "revoke-application-credentials":
      return `Revoke every credential of ${applicationName ?? "this application"}`;
    case "delete-keyless-applications":
      return "Delete keyless applications";
  }
}

/** What one item is, for counts: credentials, or applications for the keyless clean-up. */
export function itemNoun(kind: JobKind, count: number): string {
  return kind === "delete-keyless-applications"
    ? plural(count, "keyless application")
    : plural(count, kind === "remove-expired" ? "dead credential" : "credential");
}

/** "about 52 s left", "about 3 min left"; empty while there is nothing to estimate from. */
export function formatEta(ms: number | undefined): string {
  if (ms === undefined) return "";
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 90) return `about ${seconds} s left`;
  return `about ${Math.round(seconds / 60)} min left`;
}

/**
 * The live line under the progress bar. While OVH's rate holds the job it says so, with what is done
 * and the time left: "OVH is limiting the rate: 34 of 86 done, about 52 s left".
 */
export function jobStatusLine(job: JobSnapshot, now: number): string {
  const tally = tallyJob(job);
  if (job.status === "listing") return listingLine(job.kind);
  if (isFinished(job)) return jobOutcomeLine(job, tally);
  const eta = formatEta(etaMs(job, now));
  const done = `${tally.settled} of ${tally.selected} done${eta ? `, ${eta}` : ""}`;
  const limited = job.status === "waiting" || (job.waitingUntil !== undefined && job.waitingUntil > now);
  if (limited) return `OVH is limiting the rate: ${done}`;
  return `${job.kind === "delete-keyless-applications" ? "Deleting" : "Revoking"}: ${done}`;
}

function listingLine(kind: JobKind): string {
  switch (kind) {
    case "remove-expired":
      return "Asking OVH for the expired and refused credentials…";
    case "revoke-application-credentials":
      return "Asking OVH for the application's credentials…";
    case "delete-keyless-applications":
      return "Checking that the applications are still the account's own…";
    case "revoke-selected":
      return "Checking the selection against this account's credentials…";
  }
}

/** The finished job in one plain sentence; a clean success says so outright. */
export function jobOutcomeLine(job: JobSnapshot, tally: JobTally = tallyJob(job)): string {
  if (job.status === "failed") return `The revocation could not run: ${job.error?.message ?? "unknown error"}`;
  const verb = job.kind === "delete-keyless-applications" ? "deleted" : "revoked";
  const gone = tally.revoked + tally.alreadyGone;
  if (job.status === "stopped") {
    return `Stopped: ${gone} ${verb}, ${tally.failed} failed, ${tally.notAttempted} not attempted. What was done stays done; running it again finishes the rest.`;
  }
  if (tally.selected === 0) {
    return job.kind === "remove-expired"
      ? "There was no expired or refused credential left to revoke."
      : `There was nothing to ${verb === "deleted" ? "delete" : "revoke"}.`;
  }
  if (tally.failed === 0 && tally.notAttempted === 0) {
    const all = tally.selected === 1 ? "The" : `All ${tally.selected}`;
    const noun = itemNoun(job.kind, tally.selected).replace(/^\d+ /, "");
    const subject = job.kind === "revoke-selected" ? `${all} selected ${noun}` : `${all} ${noun}`;
    return `${subject} ${tally.selected === 1 ? "is" : "are"} ${verb}.`;
  }
  return `${gone} of ${tally.selected} ${verb}; ${tally.failed} failed. Retry failed re-runs only those.`;
}

/** The header indicator's words: short, and quiet once the job is over. */
export function indicatorText(job: Pick<JobProgress, "status" | "tally" | "kind">): string {
  if (job.status === "listing") return "Revoking: listing…";
  if (isFinished(job)) {
    if (job.status === "stopped") return "Revocation stopped";
    if (job.status === "failed" || job.tally.failed > 0) return "Revocation: some failed";
    return "Revocation done";
  }
  const verb = job.kind === "delete-keyless-applications" ? "Deleting" : "Revoking";
  const waiting = job.status === "waiting" ? " · waiting for OVH" : "";
  return `${verb}: ${job.tally.settled} of ${job.tally.selected}${waiting}`;
}

/**
 * Where "Back to the credentials" goes: the page the admin came from (filters kept) when it is one of
 * this dashboard's own paths, else the plain list. Never another origin (`//host`, `/\host`).
 */
export function backHref(raw: string | null | undefined, fallback = "/credentials"): string {
  if (!raw || raw.length > 2_000 || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) {
    return fallback;
  }
  return /^\/(credentials|applications)(?:[/?#]|$)/.test(raw) || raw === "/" ? raw : fallback;
}
