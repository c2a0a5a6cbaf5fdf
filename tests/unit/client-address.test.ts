import { describe, expect, it } from "vitest";
import { hashClient } from "@/comments";
import { addressGroup, normalizeAddress, parseTrustedProxies, resolveClientAddress } from "@/security";

// Issue 17, finding 2: a spoofed X-Forwarded-For must not make a new reader, nor must a new address in the same IPv6 /64.
describe("resolveClientAddress", () => {
  it("without TRUSTED_PROXY, the socket address wins over anything the client writes", () => {
    expect(resolveClientAddress("203.0.113.7", "1.2.3.4", [])).toBe("203.0.113.7");
    expect(resolveClientAddress("::ffff:203.0.113.7", "1.2.3.4, 5.6.7.8", [])).toBe("203.0.113.7");
    expect(resolveClientAddress(undefined, "1.2.3.4", [])).toBe("unknown");
  });

  it("behind a trusted proxy, the right-most address that is not a trusted proxy", () => {
    const trusted = parseTrustedProxies("loopback, 10.0.0.2");
    expect(trusted).toEqual(["127.0.0.1", "::1", "10.0.0.2"]);
    expect(resolveClientAddress("127.0.0.1", "198.51.100.9", trusted)).toBe("198.51.100.9");
    // The client prepended a fake hop; nginx appended the real one.
    expect(resolveClientAddress("127.0.0.1", "1.2.3.4, 198.51.100.9", trusted)).toBe("198.51.100.9");
    expect(resolveClientAddress("127.0.0.1", "1.2.3.4, 198.51.100.9, 10.0.0.2", trusted)).toBe("198.51.100.9");
    expect(resolveClientAddress("127.0.0.1", "garbage", trusted)).toBe("127.0.0.1");
    // A request that does not come through the proxy is judged by its socket.
    expect(resolveClientAddress("203.0.113.7", "198.51.100.9", trusted)).toBe("203.0.113.7");
  });
});

describe("addressGroup", () => {
  it("groups IPv6 by /64 and leaves IPv4 alone", () => {
    expect(addressGroup("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(addressGroup("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(addressGroup("2001:DB8:1:2:0:0:0:99")).toBe("2001:db8:1:2::/64");
    expect(addressGroup("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressGroup("2001:db8:1:3::1")).not.toBe(addressGroup("2001:db8:1:2::1"));
    expect(addressGroup("203.0.113.7")).toBe("203.0.113.7");
    expect(addressGroup("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(normalizeAddress("[::1]")).toBe("::1");
  });

  it("every address of one /64 is one client for the comment limits", () => {
    expect(hashClient("2001:db8:1:2::1", "salt")).toBe(hashClient("2001:db8:1:2:ffff:1:2:3", "salt"));
    expect(hashClient("2001:db8:1:2::1", "salt")).not.toBe(hashClient("2001:db8:1:3::1", "salt"));
  });
});
