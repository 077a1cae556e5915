// The one shape every server action returns. Expected failures are values; bugs are thrown.
// Pure and free of zod: client components import it, and zod would follow it into their bundles
// (a 105 KB chunk on five pages). The zod-error converter lives in invalid-input.ts, server-side.
export type FieldErrors = Record<string, string[] | undefined>;

export type ActionState<T = null> =
  | { status: "idle" }
  | { status: "ok"; data: T; message?: string }
  | { status: "error"; message: string; queryId?: string; fieldErrors?: FieldErrors };

export const idle = { status: "idle" } as const satisfies ActionState<never>;

export function ok<T>(data: T, message?: string): ActionState<T> {
  return { status: "ok", data, message };
}

export function failure(
  message: string,
  extra: { queryId?: string; fieldErrors?: FieldErrors } = {},
): ActionState<never> {
  return { status: "error", message, ...extra };
}
