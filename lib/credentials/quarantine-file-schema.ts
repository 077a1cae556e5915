import { z } from "zod";
import { describeIpErrors, parseAllowedIpsInput } from "@/lib/allowed-ips/input";
import { MAX_QUARANTINE_FILE_CHARS } from "@/lib/allowed-ips/quarantine-file";
import { parseJsonSafely } from "@/lib/http/safe-json";
import { ovhIdSchema } from "@/lib/ovh/ids";

// Restore from a downloaded quarantine file: the action's input and the file's content. The file
// comes from the admin's disk and may have been edited, so it is checked as any pasted list is:
// the allowed-IPs form's own parsing (lib/allowed-ips/input.ts), and an id that must be this credential's.

export const restoreFromFileSchema = z
  .object({ id: ovhIdSchema, file: z.string().max(MAX_QUARANTINE_FILE_CHARS, "This file is too large.") })
  .strict();

const fileSchema = z
  .object({
    credentialId: ovhIdSchema,
    allowedIPs: z.array(z.string().max(100)).max(1_000).nullable(),
    quarantinedAt: z.string().max(64).nullable().optional(),
  })
  .strip();

export type ReadQuarantineFile = { ok: true; allowedIps: string[] | null } | { ok: false; message: string };

/** The list in `text` for credential `id`, validated as the allowed-IPs form validates a pasted list. */
export function readQuarantineFile(text: string, id: number): ReadQuarantineFile {
  let json: unknown;
  try {
    json = parseJsonSafely(text);
  } catch {
    return { ok: false, message: "This file is not a quarantine list downloaded from ovh-keys (it is not JSON)." };
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, message: "This file is not a quarantine list downloaded from ovh-keys." };
  }
  if (parsed.data.credentialId !== id) {
    return {
      ok: false,
      message: `This file is the list of credential #${parsed.data.credentialId}, not #${id}. Nothing was restored.`,
    };
  }
  if (parsed.data.allowedIPs === null) return { ok: true, allowedIps: null };
  const ips = parseAllowedIpsInput("list", parsed.data.allowedIPs.join("\n"));
  if (!ips.ok) return { ok: false, message: `The file's list is not valid: ${describeIpErrors(ips.errors).join(" ")}` };
  // Restore puts back what OVH held, as it held it ("192.0.2.10", not the form's "192.0.2.10/32").
  return { ok: true, allowedIps: parsed.data.allowedIPs };
}
