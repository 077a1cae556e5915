import { parseIpList } from "./ip-blocks";

// The allowed-IPs form as the admin fills it in: "No restriction", or a pasted list. The browser
// runs this on every keystroke for inline errors and the server action runs it again on submit.

export const MAX_ALLOWED_IPS = 100;

export type Restriction = "none" | "list";

export type AllowedIpsInput =
  | { ok: true; allowedIps: string[] | null }
  | { ok: false; errors: { input: string | null; error: string }[] };

export function parseAllowedIpsInput(restriction: Restriction, text: string): AllowedIpsInput {
  if (restriction === "none") return { ok: true, allowedIps: null };
  const { ips, errors } = parseIpList(text);
  if (errors.length > 0) return { ok: false, errors };
  if (ips.length === 0) {
    return {
      ok: false,
      errors: [{ input: null, error: 'Enter at least one address or range, or choose "No restriction".' }],
    };
  }
  if (ips.length > MAX_ALLOWED_IPS) {
    return { ok: false, errors: [{ input: null, error: `At most ${MAX_ALLOWED_IPS} entries.` }] };
  }
  return { ok: true, allowedIps: ips };
}

/** One line per problem, naming the entry it is about. */
export function describeIpErrors(errors: Extract<AllowedIpsInput, { ok: false }>["errors"]): string[] {
  return errors.map(({ input, error }) => (input === null ? error : `"${input}": ${error}`));
}
