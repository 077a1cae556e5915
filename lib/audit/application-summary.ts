import { type ApplicationBlastRadius, applicationBlastRadius } from "./selection";
import type { ApplicationRef, CredentialView } from "./types";

// The applications page's rows: every application the audit knows (owned ones from
// GET /me/api/application, foreign ones through their credentials), with what its credentials
// add up to. A credential whose application could not be read still gets a row, unnamed.

export type ApplicationSummary = ApplicationBlastRadius & {
  applicationId: number;
  /** Null when the application could not be read (a foreign application OVH would not describe). */
  application: ApplicationRef | null;
};

/** Owned first, then foreign, then unreadable; by name within each. */
const rank = (summary: ApplicationSummary) => (summary.application === null ? 2 : summary.application.owned ? 0 : 1);

function byOwnedThenName(a: ApplicationSummary, b: ApplicationSummary): number {
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  const name = (a.application?.name ?? "").localeCompare(b.application?.name ?? "");
  return name !== 0 ? name : a.applicationId - b.applicationId;
}

export function summarizeApplications(
  credentials: readonly CredentialView[],
  applications: readonly ApplicationRef[],
): ApplicationSummary[] {
  const groups = new Map<number, CredentialView[]>();
  for (const application of applications) groups.set(application.applicationId, []);
  for (const view of credentials) {
    const group = groups.get(view.applicationId);
    if (group) group.push(view);
    else groups.set(view.applicationId, [view]);
  }
  const known = new Map(applications.map((application) => [application.applicationId, application]));
  return [...groups.entries()]
    .map(([applicationId, views]) => ({
      applicationId,
      application: known.get(applicationId) ?? null,
      ...applicationBlastRadius(views, applicationId),
    }))
    .sort(byOwnedThenName);
}

/** Owned applications without a single credential: nothing uses them, and deleting them breaks nothing. */
export function keylessApplications(summaries: readonly ApplicationSummary[]): ApplicationRef[] {
  return summaries.flatMap((summary) =>
    summary.application?.owned && summary.credentials === 0 ? [summary.application] : [],
  );
}

/** The typed confirmation for deleting an application: its exact name, or its id. */
export function confirmsApplication(typed: string, application: Pick<ApplicationRef, "applicationId" | "name">) {
  const text = typed.trim();
  return text !== "" && (text === application.name.trim() || text === String(application.applicationId));
}
