import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./safe-redirect";

/** Every way we know of to smuggle another host past a "starts with /" check. */
const HOSTILE_CALLBACKS = [
  "https://evil.example",
  "//evil.example",
  "/\\evil.example",
  "/\\/evil.example",
  "\\\\evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "/%09/evil.example".replace("%09", "\t"),
  "/./\t/evil.example",
  "/.//evil.example",
  "/..//evil.example",
  "///evil.example",
  " //evil.example",
  "javascript:alert(1)",
  "/javascript:alert(1)//\n",
  "data:text/html,<script>alert(1)</script>",
  "http:evil.example",
  "\u0000//evil.example",
  "/\u007f/evil.example",
  "",
];

describe("safeCallbackUrl", () => {
  it("keeps same-site paths with query and hash", () => {
    expect(safeCallbackUrl("/lessons/tensors?x=1#quiz")).toBe("/lessons/tensors?x=1#quiz");
    expect(safeCallbackUrl("/lessons/tensors#quiz-q1")).toBe("/lessons/tensors#quiz-q1");
  });

  it("returns the parsed path, not the raw text", () => {
    expect(safeCallbackUrl("/lessons/../me")).toBe("/me");
    // Encoded slashes stay encoded: a path segment, not a host.
    expect(safeCallbackUrl("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example");
  });

  it.each(HOSTILE_CALLBACKS.map((value) => [JSON.stringify(value), value]))("falls back for %s", (_label, value) => {
    expect(safeCallbackUrl(value, "/home")).toBe("/home");
  });

  it("falls back for nothing at all", () => {
    expect(safeCallbackUrl(null, "/home")).toBe("/home");
    expect(safeCallbackUrl(undefined)).toBe("/");
  });

  it("never yields a value a browser would resolve to another host", () => {
    for (const value of HOSTILE_CALLBACKS) {
      const result = safeCallbackUrl(value);
      expect(new URL(result, "https://ours.example").host).toBe("ours.example");
    }
  });
});
