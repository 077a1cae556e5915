// IP blocks for a credential's allowedIPs (OVH type ipBlock, a CIDR string). Written without
// node:net so the token-request form can run the same checks in the browser. Canonical form:
// always address/prefix, IPv6 in RFC 5952 text (lowercase, longest zero run as ::, IPv4-mapped
// addresses in dotted form).

export type IpBlockResult = { ok: true; value: string } | { ok: false; error: string };
type Parsed = { family: 4 | 6; value: bigint; prefix: number };

const usage = "Enter an IP address or a CIDR range such as 192.0.2.0/24 or 2001:db8::/32.";
const bitsOf = (family: 4 | 6) => (family === 4 ? 32 : 128);

function parseIpv4(text: string): bigint | string {
  const parts = text.split(".");
  if (parts.length !== 4 || parts.some((part) => !/^\d{1,3}$/.test(part))) return usage;
  if (parts.some((part) => part.length > 1 && part.startsWith("0"))) {
    return "IPv4 numbers must not have leading zeros, which some systems read as octal.";
  }
  const octets = parts.map(Number);
  if (octets.some((octet) => octet > 255)) return "Each number of an IPv4 address must be between 0 and 255.";
  return octets.reduce((value, octet) => (value << 8n) | BigInt(octet), 0n);
}

function parseIpv6(text: string): bigint | string {
  const invalid = "This is not a valid IPv6 address.";
  if (text.includes("%")) return "IPv6 zone indexes such as %eth0 are not allowed in an IP block.";
  let groups = text.toLowerCase();
  let tail: number[] = [];
  const lastColon = groups.lastIndexOf(":");
  const last = groups.slice(lastColon + 1);
  // A trailing dotted quad (::ffff:192.0.2.1) stands for the last two groups.
  if (last.includes(".")) {
    const v4 = parseIpv4(last);
    if (typeof v4 === "string") return v4 === usage ? invalid : v4;
    tail = [Number(v4 >> 16n), Number(v4 & 0xffffn)];
    groups = groups.slice(0, lastColon + 1);
    if (!groups.endsWith("::")) groups = groups.slice(0, -1);
  }
  const halves = groups.split("::");
  if (halves.length > 2) return invalid;
  const split = (half: string | undefined) => (half ? half.split(":") : []);
  const head = split(halves[0]);
  const rest = split(halves[1]);
  if ([...head, ...rest].some((group) => !/^[0-9a-f]{1,4}$/.test(group))) return invalid;
  const count = head.length + rest.length + tail.length;
  if (halves.length === 1 ? count !== 8 : count > 7) return invalid;
  const zeros = Array<number>(8 - count).fill(0);
  const numbers = [
    ...head.map((g) => Number.parseInt(g, 16)),
    ...zeros,
    ...rest.map((g) => Number.parseInt(g, 16)),
    ...tail,
  ];
  return numbers.reduce((value, group) => (value << 16n) | BigInt(group), 0n);
}

function formatIpv4(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join(".");
}

function formatIpv6(value: bigint): string {
  if (value >> 32n === 0xffffn) return `::ffff:${formatIpv4(value & 0xffffffffn)}`;
  const groups = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(112 - 16 * i)) & 0xffffn));
  let best = { start: -1, length: 1 };
  for (let start = 0; start < 8; start++) {
    let length = 0;
    while (start + length < 8 && groups[start + length] === 0) length++;
    if (length > best.length) best = { start, length };
  }
  const hex = groups.map((group) => group.toString(16));
  if (best.start < 0) return hex.join(":");
  return `${hex.slice(0, best.start).join(":")}::${hex.slice(best.start + best.length).join(":")}`;
}

function parse(input: string): Parsed | string {
  const text = input.trim();
  const [address = "", prefixText, extra] = text.split("/");
  if (text === "" || extra !== undefined) return usage;
  const family = address.includes(":") ? 6 : 4;
  const value = family === 4 ? parseIpv4(address) : parseIpv6(address);
  if (typeof value === "string") return value;
  const bits = bitsOf(family);
  if (prefixText === undefined) return { family, value, prefix: bits };
  if (!/^(0|[1-9]\d{0,2})$/.test(prefixText) || Number(prefixText) > bits) {
    return `The prefix length after / must be a whole number from 0 to ${bits} for IPv${family}.`;
  }
  return { family, value, prefix: Number(prefixText) };
}

const hostMask = (parsed: Parsed) => (1n << BigInt(bitsOf(parsed.family) - parsed.prefix)) - 1n;
const format = (parsed: Parsed) =>
  `${parsed.family === 4 ? formatIpv4(parsed.value) : formatIpv6(parsed.value)}/${parsed.prefix}`;

export function parseIpBlock(input: string): IpBlockResult {
  const parsed = parse(input);
  if (typeof parsed === "string") return { ok: false, error: parsed };
  const host = parsed.value & hostMask(parsed);
  if (host !== 0n) {
    const network = format({ ...parsed, value: parsed.value - host });
    return { ok: false, error: `This range has bits set after its prefix; did you mean ${network}?` };
  }
  return { ok: true, value: format(parsed) };
}

/** Splits pasted text on commas, semicolons, spaces and line breaks; keeps the first of duplicates. */
export function parseIpList(text: string): { ips: string[]; errors: { input: string; error: string }[] } {
  const ips: string[] = [];
  const errors: { input: string; error: string }[] = [];
  for (const input of text.split(/[\s,;]+/).filter(Boolean)) {
    const result = parseIpBlock(input);
    if (!result.ok) errors.push({ input, error: result.error });
    else if (!ips.includes(result.value)) ips.push(result.value);
  }
  return { ips, errors };
}

// An IPv4-mapped IPv6 block (::ffff:0:0/96 and inside) is the IPv4 block it maps.
function unmap(parsed: Parsed): Parsed {
  if (parsed.family === 6 && parsed.prefix >= 96 && parsed.value >> 32n === 0xffffn) {
    return { family: 4, value: parsed.value & 0xffffffffn, prefix: parsed.prefix - 96 };
  }
  return parsed;
}

function parseValid(input: string): Parsed | null {
  const parsed = parse(input);
  if (typeof parsed === "string" || (parsed.value & hostMask(parsed)) !== 0n) return null;
  return unmap(parsed);
}

/** 0.0.0.0/0 or ::/0 (or the IPv4-mapped ::ffff:0:0/96): an allowedIPs entry that restricts nothing. */
export function isAnyAddress(block: string): boolean {
  return parseValid(block)?.prefix === 0;
}

/** Whether a single address lies in a block; false when either is not valid. */
export function ipInBlock(ip: string, block: string): boolean {
  const address = parseValid(ip);
  const range = parseValid(block);
  if (!address || !range || address.family !== range.family || address.prefix !== bitsOf(address.family)) return false;
  const mask = hostMask(range);
  return (address.value & ~mask) === (range.value & ~mask);
}
