import { createHash, createHmac } from "node:crypto";

/**
 * Who is asking, as far as rate limits and "one mark per reader" need to know: a salted hash of
 * the client address. The address itself is never stored. The salt lives in the database (or
 * IP_HASH_SALT), so hashes cannot be reversed by trying all 4 billion IPv4 addresses without it.
 */
export type ClientInfo = { address: string };

/**
 * The client address from the request headers. Next's server fills X-Forwarded-For with the
 * socket address when the client sent none; behind a reverse proxy, the proxy appends the
 * address it saw, so the right-most entry is the one a client cannot choose.
 */
export function clientAddressFromHeaders(headers: { get(name: string): string | null }): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).pop();
  return last || headers.get("x-real-ip")?.trim() || "unknown";
}

export function hashClient(address: string, salt: string): string {
  return createHmac("sha256", salt).update(address.toLowerCase()).digest("base64url").slice(0, 32);
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("base64url");
}
