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
  const setFilters = useCallback(
    (patch: Partial<CredentialFilters>) => {
      const query = serializeCredentialFilters({ ...filters, ...patch });
      window.history.replaceState(null, "", query ? `?${query}` : window.location.pathname);
    },
    [filters],
  );
  return { filters, setFilters };
}
