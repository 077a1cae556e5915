"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { type CredentialFilters, parseCredentialFilters, serializeCredentialFilters } from "@/lib/audit/filters";

/**
 * The table's filters and sort live in the URL so a view can be shared. history.replaceState keeps
 * Next's router in sync without a server round trip on every keystroke.
 */
export function useCredentialFilters() {
  const searchParams = useSearchParams();
  const filters = useMemo(() => parseCredentialFilters(new URLSearchParams(searchParams.toString())), [searchParams]);
  // Reads the current URL rather than a closure, so the callback is stable and memoised children keep.
  const setFilters = useCallback(
    (patch: Partial<CredentialFilters> | ((current: CredentialFilters) => Partial<CredentialFilters>)) => {
      const current = parseCredentialFilters(new URLSearchParams(window.location.search));
      const next = { ...current, ...(typeof patch === "function" ? patch(current) : patch) };
      const query = serializeCredentialFilters(next);
      window.history.replaceState(null, "", query ? `?${query}` : window.location.pathname);
    },
    [],
  );
  return { filters, setFilters };
}
