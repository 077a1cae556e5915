import { useSyncExternalStore } from "react";

// False in the server's HTML and until React has hydrated the page, true after. A form whose default
// button is disabled cannot be submitted with Enter, so forms keep it disabled until then: before
// hydration a native submit would be a GET carrying the form's fields in the URL, and would skip the
// checks and the behaviour (Enter adds an access rule) that only the hydrated form has.

const noSubscription = () => () => {};
const onClient = () => true;
const onServer = () => false;

export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, onClient, onServer);
}
