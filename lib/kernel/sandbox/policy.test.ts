import { describe, expect, it } from "vitest";
import { isSafeOrigin, sandboxHtml, sandboxPolicy } from "./policy";

describe("sandbox policy", () => {
  const policy = sandboxPolicy("http://127.0.0.1:3201");

  it("lets cells reach only the app's /kernel/ assets", () => {
    expect(policy).toContain("connect-src http://127.0.0.1:3201/kernel/;");
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/connect-src[^;]*\*/);
  });

  it("allows scripts from /kernel/ and blob workers, with eval for cells and WASM", () => {
    expect(policy).toContain("script-src http://127.0.0.1:3201/kernel/ blob: 'unsafe-eval' 'wasm-unsafe-eval'");
    expect(policy).toContain("worker-src blob:");
    expect(policy).toContain("frame-ancestors http://127.0.0.1:3201");
  });

  it("loads the sandbox script by absolute URL", () => {
    expect(sandboxHtml("https://example.org")).toContain('<script src="https://example.org/kernel/sandbox.js">');
  });

  it("rejects origins that could smuggle extra directives", () => {
    expect(isSafeOrigin("http://localhost:3000")).toBe(true);
    expect(isSafeOrigin("https://[::1]:8080")).toBe(true);
    expect(isSafeOrigin("http://evil.com; script-src *")).toBe(false);
    expect(isSafeOrigin("javascript:alert(1)")).toBe(false);
  });
});
