import { describe, expect, it } from "vitest";
import { clientAddress, PEER_HEADER } from "./client-address";

const headers = (values: Record<string, string>) => (name: string) => values[name] ?? null;

describe("clientAddress", () => {
  it("is the connection's address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress(headers({ [PEER_HEADER]: "203.0.113.9", "x-forwarded-for": "1.2.3.4" }), 0)).toBe("203.0.113.9");
  });

  it("rotating X-Forwarded-For values from one client all give that client", () => {
    const seen = new Set(
      Array.from({ length: 26 }, (_, i) => clientAddress(headers({ [PEER_HEADER]: "::ffff:198.51.100.7", "x-forwarded-for": `10.0.0.${i}` }), 0)),
    );
    expect([...seen]).toEqual(["198.51.100.7"]);
  });

  it("behind one trusted proxy, takes the address that proxy appended, not what the client wrote", () => {
    // The client sent "X-Forwarded-For: 6.6.6.6"; the load balancer (10.0.0.2) appended 203.0.113.5.
    const get = headers({ [PEER_HEADER]: "10.0.0.2", "x-forwarded-for": "6.6.6.6, 203.0.113.5" });
    expect(clientAddress(get, 1)).toBe("203.0.113.5");
    expect(clientAddress(get, 2)).toBe("6.6.6.6");
  });

  it("with more trusted hops than entries, stops at the leftmost", () => {
    expect(clientAddress(headers({ [PEER_HEADER]: "10.0.0.2", "x-forwarded-for": "203.0.113.5" }), 5)).toBe("203.0.113.5");
  });

  it("is null when the server did not record a peer", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "1.2.3.4" }), 0)).toBeNull();
  });
});
