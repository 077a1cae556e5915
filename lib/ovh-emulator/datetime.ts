// OVH serialises datetimes as ISO-8601 with whole seconds and a numeric offset
// ("2020-03-28T08:07:14+01:00"); the emulator always answers in UTC, "+00:00".

export function formatOvhDate(ms: number): string {
  return `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}+00:00`;
}

export function formatOvhDateOrNull(ms: number | null): string | null {
  return ms === null ? null : formatOvhDate(ms);
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
