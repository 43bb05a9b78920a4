import { describe, expect, it } from "vitest";
import { allowSignUp, beginSignIn } from "@/lib/auth/rate-limit";
import { env } from "@/lib/env";

let n = 0;
const unique = (what: string) => `${what}-${Date.now()}-${n++}`;
const fail = async (email: string, address: string) => beginSignIn(email, address);

describe("sign-in limits", () => {
  it("refuses the same email from the same address past the limit, even before the password is checked", async () => {
    const email = `${unique("pair")}@example.test`;
    for (let i = 0; i < env.SIGNIN_MAX_FAILURES; i++) expect((await fail(email, "198.51.100.1")).refused).toBe(false);
    const gate = await beginSignIn(email, "198.51.100.1");
    expect(gate.refused).toBe(true);
    if (gate.refused) expect(gate.message).toMatch(/Too many failed sign-in attempts/);
  });

  it("lets the owner in from another address, slowed down rather than refused", async () => {
    const email = `${unique("owner")}@example.test`;
    // Someone else types wrong passwords for this email from many addresses.
    for (let i = 0; i < env.SIGNIN_MAX_FAILURES * 3; i++) await fail(email, `203.0.113.${i}`);
    const owner = await beginSignIn(email, "192.0.2.200");
    expect(owner.refused).toBe(false);
    if (!owner.refused) {
      expect(owner.delayMs).toBeGreaterThan(0);
      expect(owner.delayMs).toBeLessThanOrEqual(8_000);
    }
  });

  it("makes the delay grow with each failure across addresses", async () => {
    const email = `${unique("growing")}@example.test`;
    const delays: number[] = [];
    for (let i = 0; i < env.SIGNIN_MAX_FAILURES + 4; i++) {
      const gate = await fail(email, `203.0.113.${100 + i}`);
      if (!gate.refused) delays.push(gate.delayMs);
    }
    expect(delays.slice(0, env.SIGNIN_MAX_FAILURES)).toEqual(Array(env.SIGNIN_MAX_FAILURES).fill(0));
    const slowed = delays.slice(env.SIGNIN_MAX_FAILURES);
    expect(slowed).toEqual([...slowed].sort((a, b) => a - b));
    expect(slowed[slowed.length - 1]).toBeGreaterThan(slowed[0]!);
  });

  it("refuses one address trying many emails past four times the limit", async () => {
    const address = `10.${n}.0.1`;
    const results = [];
    for (let i = 0; i < env.SIGNIN_MAX_FAILURES * 4 + 1; i++) results.push(await fail(`${unique("spray")}@example.test`, address));
    expect(results.slice(0, -1).every((gate) => !gate.refused)).toBe(true);
    expect(results.at(-1)!.refused).toBe(true);
  });

  it("lets no parallel burst past the count", async () => {
    const email = `${unique("burst")}@example.test`;
    const gates = await Promise.all(Array.from({ length: 30 }, () => beginSignIn(email, "198.51.100.77")));
    expect(gates.filter((gate) => !gate.refused).length).toBeLessThanOrEqual(env.SIGNIN_MAX_FAILURES);
  });

  it("a successful sign-in clears the slate for that email and address", async () => {
    const email = `${unique("clear")}@example.test`;
    for (let i = 0; i < env.SIGNIN_MAX_FAILURES - 1; i++) await fail(email, "198.51.100.9");
    const gate = await beginSignIn(email, "198.51.100.9");
    if (gate.refused) throw new Error("refused too early");
    await gate.succeeded();
    for (let i = 0; i < env.SIGNIN_MAX_FAILURES; i++) expect((await fail(email, "198.51.100.9")).refused).toBe(false);
  });
});

describe("sign-up limit", () => {
  it("allows SIGNUP_MAX_PER_HOUR sign-ups per address, then refuses that address only", async () => {
    const address = `172.16.${n++}.1`;
    for (let i = 0; i < env.SIGNUP_MAX_PER_HOUR; i++) expect(await allowSignUp(address)).toBe(true);
    expect(await allowSignUp(address)).toBe(false);
    expect(await allowSignUp(`172.17.${n++}.1`)).toBe(true);
  });
});
