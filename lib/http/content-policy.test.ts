import { describe, expect, it } from "vitest";
import { newNonce, pagePolicy } from "./content-policy";

describe("pagePolicy", () => {
  const policy = pagePolicy("abc123");
  const directive = (name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

  it("lets scripts run only with the nonce (or loaded by one), never inline or eval", () => {
    expect(directive("script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("'unsafe-inline' 'strict");
    expect(directive("script-src")).not.toContain("unsafe-eval");
    expect(pagePolicy("n", { dev: true })).toContain("'unsafe-eval'");
  });

  it("cannot be framed, frames only our sandbox, and posts forms and requests only to us", () => {
    expect(directive("frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive("frame-src")).toBe("frame-src 'self'");
    expect(directive("connect-src")).toBe("connect-src 'self'");
    expect(directive("form-action")).toBe("form-action 'self'");
    expect(directive("object-src")).toBe("object-src 'none'");
  });
});

describe("newNonce", () => {
  it("is 16 random bytes, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });
});
