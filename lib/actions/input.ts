import { failure } from "@/lib/actions/state";

// Server actions are public POST endpoints: their arguments arrive decoded from whatever the caller
// sent, whatever the TypeScript signature says. These helpers turn a wrong shape into an error state
// (never a thrown TypeError, which Next would answer with a 500).

/** The action's FormData argument, or null when the caller sent anything else. */
export function formDataArg(value: unknown): FormData | null {
  return value instanceof FormData ? value : null;
}

/** Only the named fields, as the strings they must be (a file or a missing field reads as undefined). */
export function formFields<const K extends string>(form: FormData, names: readonly K[]): Record<K, string | undefined> {
  const fields = {} as Record<K, string | undefined>;
  for (const name of names) {
    const value = form.get(name);
    fields[name] = typeof value === "string" ? value : undefined;
  }
  return fields;
}

export const unreadableForm = () => failure("The form could not be read. Reload the page and try again.");
