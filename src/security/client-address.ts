import { isIP } from "node:net";

/**
 * Who the client is, for rate limits and "one per reader": the socket's peer address, unless that
 * peer is a proxy the operator named in TRUSTED_PROXY; then the address that proxy reports in
 * X-Forwarded-For (walking right to left past every trusted proxy). Without TRUSTED_PROXY a
 * client's own X-Forwarded-For is ignored: when the site faces clients directly (plain
 * `npm start`), that header is whatever the client wants it to be.
 */

/** Set on every request by the request guard (src/security/request-guard.ts), after removing any copy the client sent. */
export const CLIENT_ADDRESS_HEADER = "x-client-address";

/** "::ffff:127.0.0.1" → "127.0.0.1"; "[::1]" → "::1"; zone ids dropped; lower case. */
export function normalizeAddress(address: string): string {
  const bare = address.trim().replace(/^\[|\]$/g, "").replace(/%.*$/, "").toLowerCase();
  return bare.startsWith("::ffff:") && isIP(bare.slice(7)) === 4 ? bare.slice(7) : bare;
}

/** TRUSTED_PROXY: comma-separated addresses of the reverse proxies in front of the site; "loopback" = 127.0.0.1 and ::1. */
export function parseTrustedProxies(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .flatMap((part) => (part === "loopback" ? ["127.0.0.1", "::1"] : [normalizeAddress(part)]));
}

export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedProxies: readonly string[]): string {
  const peer = socketAddress ? normalizeAddress(socketAddress) : "unknown";
  if (!trustedProxies.includes(peer)) return peer;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((hop) => normalizeAddress(hop))
    .filter((hop) => isIP(hop) !== 0);
  for (let i = hops.length - 1; i >= 0; i--) if (!trustedProxies.includes(hops[i])) return hops[i];
  return hops[0] ?? peer;
}

/** The eight 16-bit groups of an IPv6 address, or undefined. */
function ipv6Groups(address: string): number[] | undefined {
  if (isIP(address) !== 6) return undefined;
  let text = address;
  const v4 = text.match(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/);
  if (v4) text = text.slice(0, v4.index) + `${((+v4[1] << 8) | +v4[2]).toString(16)}:${((+v4[3] << 8) | +v4[4]).toString(16)}`;
  const [head, tail] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = tail !== undefined && tail !== "" ? tail.split(":") : [];
  const zeros = tail === undefined ? [] : Array(8 - left.length - right.length).fill("0");
  return [...left, ...zeros, ...right].map((group) => parseInt(group, 16));
}

/**
 * The unit a rate limit counts: an IPv4 address, or an IPv6 /64 (one household or phone gets a
 * whole /64 and can pick a new address in it for every request).
 */
export function addressGroup(address: string): string {
  const normalized = normalizeAddress(address);
  const groups = ipv6Groups(normalized);
  if (!groups) return normalized;
  return `${groups.slice(0, 4).map((group) => group.toString(16)).join(":")}::/64`;
}
