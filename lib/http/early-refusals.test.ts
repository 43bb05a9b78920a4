import { describe, expect, it } from "vitest";
import { refusedFor, rememberRefusal, sessionToken } from "./early-refusals";

describe("early refusals", () => {
  it("reads the session token from either next-auth cookie name, and nothing else", () => {
    expect(sessionToken("a=1; next-auth.session-token=abc.def; b=2")).toBe("abc.def");
    expect(sessionToken("__Secure-next-auth.session-token=xyz")).toBe("xyz");
    expect(sessionToken("next-auth.csrf-token=nope")).toBeNull();
    expect(sessionToken(undefined)).toBeNull();
  });

  it("refuses a remembered token until its window ends, then forgets it", () => {
    const now = 1_000_000;
    rememberRefusal("token-a", 30, now);
    expect(refusedFor("token-a", now + 1_000)).toBe(29);
    expect(refusedFor("token-b", now)).toBe(0);
    expect(refusedFor(null, now)).toBe(0);
    expect(refusedFor("token-a", now + 30_000)).toBe(0);
    expect(refusedFor("token-a", now + 1_000)).toBe(0);
  });
});
