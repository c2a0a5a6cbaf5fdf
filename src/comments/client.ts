import { createHash, createHmac } from "node:crypto";
import { addressGroup, CLIENT_ADDRESS_HEADER } from "@/security";
import { requestGuardInstalled } from "@/security/request-guard";

/**
 * Who is asking, as far as rate limits and "one mark per reader" need to know: a salted hash of
 * the client address. The address itself is never stored. The salt lives in the database (or
 * IP_HASH_SALT), so hashes cannot be reversed by trying all 4 billion IPv4 addresses without it.
 */
export type ClientInfo = { address: string };

/**
 * The client address of a request: the one the request guard resolved from the socket (and
 * TRUSTED_PROXY), which a client cannot choose. Only where no guard runs (a route called directly
 * in a script), the right-most X-Forwarded-For entry stands in.
 */
export function clientAddressFromHeaders(headers: { get(name: string): string | null }): string {
  const resolved = headers.get(CLIENT_ADDRESS_HEADER);
  if (resolved) return resolved;
  if (requestGuardInstalled()) return "unknown";
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).pop();
  return last || headers.get("x-real-ip")?.trim() || "unknown";
}

/** Addresses of one IPv6 /64 hash alike: limits and "one mark per reader" count the network, not each address in it. */
export function hashClient(address: string, salt: string): string {
  return createHmac("sha256", salt).update(addressGroup(address)).digest("base64url").slice(0, 32);
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("base64url");
}
