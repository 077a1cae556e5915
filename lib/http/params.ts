import { ovhIdSchema } from "@/lib/ovh/ids";

/** A credential or application id from a URL segment: digits only, no sign, no leading zero. */
export function parseIdParam(raw: string): number | null {
  if (!/^[1-9]\d{0,15}$/.test(raw)) return null;
  const parsed = ovhIdSchema.safeParse(Number(raw));
  return parsed.success ? parsed.data : null;
}
