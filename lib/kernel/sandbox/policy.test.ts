import { describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { isSafeOrigin, sandboxPage } from "./policy";

describe("sandbox policy", async () => {
  const { policy } = await sandboxPage("http://127.0.0.1:3201");

  it("lets cells reach only the app's /kernel/ assets", () => {
    expect(policy).toContain("connect-src http://127.0.0.1:3201/kernel/ blob:;");
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/connect-src[^;]*\*/);
  });

  it("allows scripts from /kernel/ and blob workers, with eval for cells and WASM", () => {
    expect(policy).toContain("script-src http://127.0.0.1:3201/kernel/ blob: 'unsafe-eval' 'wasm-unsafe-eval'");
    expect(policy).toContain("worker-src blob:");
    expect(policy).toContain("frame-ancestors http://127.0.0.1:3201");
  });

  it("loads the sandbox script by absolute URL when it has not got its text", async () => {
    const page = await sandboxPage("https://example.org");
    expect(page.html).toContain('<script src="https://example.org/kernel/sandbox.js">');
    expect(page.policy).not.toContain("sha256");
  });

  it("inlines the sandbox script and admits exactly that text by its hash", async () => {
    const script = 'console.log("sandbox")';
    const page = await sandboxPage("https://example.org", script);
    expect(page.html).toContain(`<script>${script}</script>`);
    const hash = crypto.createHash("sha256").update(script).digest("base64");
    expect(page.policy).toContain(`script-src https://example.org/kernel/ 'sha256-${hash}' blob:`);
    expect(page.policy).not.toContain("unsafe-inline");
  });

  it("never inlines text that would end the script element early", async () => {
    const page = await sandboxPage("https://example.org", 'x = "</script><script>alert(1)";');
    expect(page.html).not.toContain("alert(1)");
    expect(page.html).toContain('<script src="https://example.org/kernel/sandbox.js">');
  });

  it("rejects origins that could smuggle extra directives", () => {
    expect(isSafeOrigin("http://localhost:3000")).toBe(true);
    expect(isSafeOrigin("https://[::1]:8080")).toBe(true);
    expect(isSafeOrigin("http://evil.com; script-src *")).toBe(false);
    expect(isSafeOrigin("javascript:alert(1)")).toBe(false);
  });
});
