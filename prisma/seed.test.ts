import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { DEMO_ACCOUNTS, demoAccountsDecision, type DemoEnv } from "./demo-accounts";
import { seed } from "./seed";

const DEMO_EMAILS = DEMO_ACCOUNTS.map((a) => a.email);
const demoUsers = () => db.user.findMany({ where: { email: { in: DEMO_EMAILS } }, select: { email: true } });

describe("demoAccountsDecision", () => {
  it("seeds outside production, not in production, and DEMO_ACCOUNTS overrides either way", () => {
    const cases: Array<[DemoEnv, boolean]> = [
      [{}, true],
      [{ NODE_ENV: "development" }, true],
      [{ NODE_ENV: "test" }, true],
      [{ NODE_ENV: "production" }, false],
      [{ NODE_ENV: "production", DEMO_ACCOUNTS: "1" }, true],
      [{ NODE_ENV: "production", DEMO_ACCOUNTS: "" }, false],
      [{ DEMO_ACCOUNTS: "0" }, false],
      [{ NODE_ENV: "development", DEMO_ACCOUNTS: "0" }, false],
    ];
    for (const [env, seeds] of cases) expect(demoAccountsDecision(env).seed, JSON.stringify(env)).toBe(seeds);
    expect(demoAccountsDecision({ NODE_ENV: "production" }).reason).toMatch(/DEMO_ACCOUNTS=1/);
  });

  it("refuses a value it does not understand rather than guessing", () => {
    for (const value of ["yes", "true", "2"]) expect(() => demoAccountsDecision({ DEMO_ACCOUNTS: value })).toThrow(/DEMO_ACCOUNTS must be 1 .* or 0/);
  });
});

describe("seed", () => {
  beforeEach(async () => {
    await db.user.deleteMany({ where: { email: { in: DEMO_EMAILS } } });
    vi.spyOn(console, "log").mockImplementation(() => undefined);
  });

  it("creates no account with a known password in production", async () => {
    expect(await seed({ NODE_ENV: "production" })).toEqual({ seeded: false, created: [], leftOver: [] });
    expect(await demoUsers()).toEqual([]);
  });

  it("creates the demo accounts outside production, once, and in production only when asked", async () => {
    expect((await seed({})).created.sort()).toEqual([...DEMO_EMAILS].sort());
    expect(await seed({ NODE_ENV: "development" })).toEqual({ seeded: true, created: [], leftOver: [] });
    expect(await demoUsers()).toHaveLength(4);

    await db.user.deleteMany({ where: { email: { in: DEMO_EMAILS } } });
    expect((await seed({ NODE_ENV: "production", DEMO_ACCOUNTS: "1" })).created).toHaveLength(4);
  });

  it("warns in production when demo accounts are already in the database, and leaves them alone", async () => {
    await seed({});
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const outcome = await seed({ NODE_ENV: "production" });
    expect(outcome.seeded).toBe(false);
    expect(outcome.leftOver.sort()).toEqual([...DEMO_EMAILS].sort());
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/demo accounts whose passwords are published \(.*admin@example\.com/));
    expect(await demoUsers()).toHaveLength(4);
  });
});
