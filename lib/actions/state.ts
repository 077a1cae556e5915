import { z } from "zod";

// The one shape every server action returns. Expected failures are values; bugs are thrown.
export type FieldErrors = Record<string, string[] | undefined>;

export type ActionState<T = null> =
  | { status: "idle" }
  | { status: "ok"; data: T; message?: string }
  | { status: "error"; message: string; queryId?: string; fieldErrors?: FieldErrors };

export const idle = { status: "idle" } as const satisfies ActionState<never>;

export function ok<T>(data: T, message?: string): ActionState<T> {
  return { status: "ok", data, message };
}

export function invalid(error: z.ZodError, message = "Some fields need attention."): ActionState<never> {
  const flat = z.flattenError(error);
  const formMessage = flat.formErrors[0];
  return { status: "error", message: formMessage ?? message, fieldErrors: flat.fieldErrors as FieldErrors };
}

export function failure(
  message: string,
  extra: { queryId?: string; fieldErrors?: FieldErrors } = {},
): ActionState<never> {
  return { status: "error", message, ...extra };
}
