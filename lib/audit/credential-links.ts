import { type CredentialFilters, defaultCredentialFilters, serializeCredentialFilters } from "./filters";

/** The credentials table filtered as given: every number on the overview links to the rows it counts. */
export function credentialsHref(filters: Partial<CredentialFilters> = {}): string {
  const query = serializeCredentialFilters({ ...defaultCredentialFilters, ...filters });
  return query ? `/credentials?${query}` : "/credentials";
}

/** One click from the overview to the Remove-expired dialog of the credentials page. */
export const removeExpiredHref = `${credentialsHref({ status: ["expired", "refused"] })}&remove-expired=1`;
