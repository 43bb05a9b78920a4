import { describe, expect, it } from "vitest";
import { createLimiter } from "./rate-limiter";

describe("createLimiter", () => {
  it("allows `limit` requests per key in a window, then refuses with the seconds left", () => {
    const limiter = createLimiter(3, 60_000);
    const t0 = 1_000_000;
    for (let i = 0; i < 3; i++) expect(limiter.take("ada", t0 + i)).toEqual({ ok: true });
    expect(limiter.take("ada", t0 + 15_000)).toEqual({ ok: false, retryAfterSeconds: 45 });
    // Another learner is not slowed by the first.
    expect(limiter.take("grace", t0 + 15_000)).toEqual({ ok: true });
    // A new window starts fresh.
    expect(limiter.take("ada", t0 + 60_000)).toEqual({ ok: true });
  });
});
