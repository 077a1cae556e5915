"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { type CredentialFilters, parseCredentialFilters, serializeCredentialFilters } from "@/lib/audit/filters";

type Patch = Partial<CredentialFilters> | ((current: CredentialFilters) => Partial<CredentialFilters>);

const normalise = (search: string) => serializeCredentialFilters(parseCredentialFilters(new URLSearchParams(search)));

/**
 * The table's filters and sort live in the URL so a view can be shared. They are kept in state and the
 * URL follows right after the rows are painted: history.replaceState costs a few milliseconds in
 * Chromium and makes Next's router re-render and write the history entry a second time, which used
 * to sit between every keystroke and its repaint. A URL change made elsewhere (a link to this page
 * with other filters) still wins over the state.
 *
 * `filters` is the latest state, for the toolbar; `shown` trails it (useDeferredValue), so a
 * keystroke renders the toolbar at once and the rows right after, and is what the table renders.
 */
export function useCredentialFilters() {
  const searchParams = useSearchParams();
  const urlQuery = useMemo(() => normalise(searchParams.toString()), [searchParams]);
  const [state, setState] = useState(() => ({
    urlQuery,
    filters: parseCredentialFilters(new URLSearchParams(urlQuery)),
  }));
  // Queries written here that Next's router has not rendered yet: one coming back is not a change
  // made elsewhere, even when the user has typed further since.
  const written = useRef<string[]>([]);
  let current = state;
  if (urlQuery !== state.urlQuery) {
    const ours = urlQuery === serializeCredentialFilters(state.filters) || written.current.includes(urlQuery);
    current = { urlQuery, filters: ours ? state.filters : parseCredentialFilters(new URLSearchParams(urlQuery)) };
    setState(current);
  }
  const { filters } = current;
  const shown = useDeferredValue(filters);

  useEffect(() => {
    const seen = written.current.indexOf(urlQuery);
    written.current = seen === -1 ? [] : written.current.slice(seen + 1);
  }, [urlQuery]);

  useEffect(() => {
    const query = serializeCredentialFilters(shown);
    if (query === normalise(window.location.search)) return;
    // A task queued from the next animation frame runs once that frame, with these rows, is painted.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        if (query === normalise(window.location.search)) return;
        written.current.push(query);
        // Next's patched replaceState: useSearchParams and the router's history entry follow.
        window.history.replaceState(null, "", query ? `?${query}` : window.location.pathname);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [shown]);

  const setFilters = useCallback(
    (patch: Patch) =>
      setState((previous) => ({
        ...previous,
        filters: { ...previous.filters, ...(typeof patch === "function" ? patch(previous.filters) : patch) },
      })),
    [],
  );
  return { filters, shown, setFilters };
}
