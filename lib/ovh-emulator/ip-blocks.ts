// ipBlock parsing and matching for a credential's allowedIPs (IPv4 and IPv6, CIDR or bare
// address). A bare address is a /32 or /128 block; host bits after the prefix are tolerated.

export type IpAddress = { version: 4 | 6; value: bigint };
export type IpBlock = IpAddress & { prefix: number };

function parseIpv4(text: string): bigint | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(part)) return null;
    const byte = Number(part);
    if (byte > 255) return null;
    value = (value << 8n) | BigInt(byte);
  }
  return value;
}

function parseGroups(text: string): bigint[] | null {
  if (text === "") return [];
  const groups: bigint[] = [];
  const parts = text.split(":");
  for (const [index, part] of parts.entries()) {
    if (index === parts.length - 1 && part.includes(".")) {
      const v4 = parseIpv4(part);
      if (v4 === null) return null;
      groups.push(v4 >> 16n, v4 & 0xffffn);
    } else if (/^[0-9a-fA-F]{1,4}$/.test(part)) {
      groups.push(BigInt(`0x${part}`));
    } else {
      return null;
    }
  }
  return groups;
}

function parseIpv6(text: string): bigint | null {
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const head = parseGroups(halves[0] ?? "");
  const tail = halves.length === 2 ? parseGroups(halves[1] ?? "") : [];
  if (head === null || tail === null) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const groups = [...head, ...Array<bigint>(missing).fill(0n), ...tail];
  return groups.reduce((acc, group) => (acc << 16n) | group, 0n);
}

const V4_MAPPED_PREFIX = 0xffffn << 32n;

/** Parses an address; an IPv4-mapped IPv6 address (::ffff:127.0.0.1) is read as IPv4. */
export function parseIpAddress(text: string): IpAddress | null {
  const trimmed = text.trim();
  const v4 = parseIpv4(trimmed);
  if (v4 !== null) return { version: 4, value: v4 };
  const v6 = parseIpv6(trimmed.replace(/%.*$/, ""));
  if (v6 === null) return null;
  if (v6 >> 32n === V4_MAPPED_PREFIX >> 32n) return { version: 4, value: v6 & 0xffffffffn };
  return { version: 6, value: v6 };
}

export function parseIpBlock(text: string): IpBlock | null {
  const [address, prefixText, extra] = text.split("/");
  if (address === undefined || extra !== undefined) return null;
  const v4 = parseIpv4(address);
  const version = v4 !== null ? 4 : 6;
  const value = v4 ?? parseIpv6(address);
  if (value === null) return null;
  const max = version === 4 ? 32 : 128;
  if (prefixText === undefined) return { version, value, prefix: max };
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > max) return null;
  return { version, value, prefix: Number(prefixText) };
}

export function isValidIpBlock(text: unknown): text is string {
  return typeof text === "string" && parseIpBlock(text) !== null;
}

export function blockContains(block: IpBlock, address: IpAddress): boolean {
  if (block.version !== address.version) return false;
  const bits = BigInt(block.version === 4 ? 32 : 128);
  const shift = bits - BigInt(block.prefix);
  return block.value >> shift === address.value >> shift;
}

/** Whether `clientIp` may use a credential restricted to `allowedIPs` (null means anywhere). */
export function ipAllowed(allowedIPs: readonly string[] | null, clientIp: string | undefined): boolean {
  if (allowedIPs === null) return true;
  const address = clientIp === undefined ? null : parseIpAddress(clientIp);
  if (address === null) return false;
  return allowedIPs.some((text) => {
    const block = parseIpBlock(text);
    return block !== null && blockContains(block, address);
  });
}
