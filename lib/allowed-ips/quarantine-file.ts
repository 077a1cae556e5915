// The file a quarantine's previous allowed IPs are downloaded as, so Restore survives the session
// (a sign-out, an 8-hour end, another browser). It holds no secret: the credential's id, the list it
// had, and when it was quarantined. Built in the browser; read back by the server, which parses it
// with zod and the allowed-IPs form's own validation (lib/credentials/quarantine-file-schema.ts).

export type QuarantineFile = {
  credentialId: number;
  /** null: the credential had no restriction. */
  allowedIPs: string[] | null;
  /** ISO 8601, or null when this page did not see the quarantine happen. */
  quarantinedAt: string | null;
};

/** The largest file Restore reads: 100 entries of the longest IPv6 blocks fit with room to spare. */
export const MAX_QUARANTINE_FILE_CHARS = 20_000;

export function quarantineFileText(file: QuarantineFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function quarantineFileName(credentialId: number): string {
  return `ovh-keys-quarantine-${credentialId}.json`;
}
