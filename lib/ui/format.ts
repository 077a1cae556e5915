import { formatDistanceStrict } from "date-fns";

// Dates are shown in UTC so the server render and the browser agree and admins in several
// time zones read the same value.

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "—";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "—";
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "—";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "—" : date.toISOString().slice(0, 10);
}

/** "3 days ago" / "in 2 hours"; `now` is passed in so lists render consistently. */
export function formatRelative(iso: string | null | undefined, now: number): string {
  if (!iso) return "never";
  const time = new Date(iso).getTime();
  if (Number.isNaN(time)) return "—";
  return formatDistanceStrict(time, now, { addSuffix: true, roundingMethod: "floor" });
}

/** Shows a key as abcd…wxyz: enough to recognise it, not enough to use it. */
export function maskKey(key: string): string {
  return key.length <= 8 ? key : `${key.slice(0, 4)}…${key.slice(-4)}`;
}

/**
 * At most `max` UTF-16 units of `text`, never ending halfway through a surrogate pair. For text shown
 * clamped to a line or two: the browser lays out every character of a text before hiding the
 * overflow, and a 10,000-character application name cost more layout than the rest of its row.
 */
export function clampText(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, Math.max(0, end));
}
