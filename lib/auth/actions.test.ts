import { beforeEach, describe, expect, it, vi } from "vitest";
import { caller } from "@/tests/setup/session";
import { changePassword, signUp, updateProfile } from "@/lib/auth/actions";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { allowSignUp } from "@/lib/auth/rate-limit";
import { makeUser } from "@/prisma/factories";

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
};
const initial = { ok: false };

describe("signUp", () => {
  it("creates a LEARNER with an argon2id hash, never the password", async () => {
    const email = `new-${Date.now()}@example.test`;
    expect(await signUp(initial, form({ name: " Ada ", email: email.toUpperCase(), password: "long-enough-pass" }))).toEqual({ ok: true });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.name).toBe("Ada");
    expect(user.role).toBe("LEARNER");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain("long-enough-pass");
    expect(await verifyPassword(user.passwordHash, "long-enough-pass")).toBe(true);
  });

  it("answers each bad field with its own message", async () => {
    const result = await signUp(initial, form({ name: "", email: "nope", password: "short" }));
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.name?.[0]).toMatch(/Enter your name/);
    expect(result.fieldErrors?.email?.[0]).toMatch(/valid email/);
    expect(result.fieldErrors?.password?.[0]).toMatch(/at least 10/);
    const huge = await signUp(initial, form({ name: "n".repeat(10_000), email: "a@b.co", password: "p".repeat(5_000) }));
    expect(huge.fieldErrors?.name?.[0]).toMatch(/80 characters/);
    expect(huge.fieldErrors?.password?.[0]).toMatch(/at most 200/);
  });

  it("refuses sign-ups from an address over its hourly limit, before hashing anything", async () => {
    caller.address = `198.18.${Date.now() % 250}.${Math.floor(Math.random() * 250)}`;
    try {
      for (let i = 0; i < env.SIGNUP_MAX_PER_HOUR; i++) await allowSignUp(caller.address);
      const email = `limited-${Date.now()}@example.test`;
      const result = await signUp(initial, form({ name: "Limited", email, password: "long-enough-pass" }));
      expect(result).toEqual({ ok: false, message: expect.stringMatching(/Too many accounts/) });
      expect(await db.user.findUnique({ where: { email } })).toBeNull();
    } finally {
      caller.address = "192.0.2.1";
    }
  });

  it("refuses a duplicate email, whatever its case", async () => {
    const existing = await makeUser();
    const result = await signUp(initial, form({ name: "Twin", email: existing.email.toUpperCase(), password: "long-enough-pass" }));
    expect(result.fieldErrors?.email?.[0]).toMatch(/already exists/);
    expect(await db.user.count({ where: { email: existing.email } })).toBe(1);
  });

  it("refuses the loser of two sign-ups racing for one email (the unique index decides)", async () => {
    const existing = await makeUser();
    // The first check misses the other sign-up, as it would when both pass it at the same moment.
    vi.spyOn(db.user, "count").mockResolvedValueOnce(0);
    const result = await signUp(initial, form({ name: "Twin", email: existing.email, password: "long-enough-pass" }));
    expect(result.fieldErrors?.email?.[0]).toMatch(/already exists/);
    expect(await db.user.count({ where: { email: existing.email } })).toBe(1);
  });

  it("lets a database failure reach the error page instead of blaming the email", async () => {
    vi.spyOn(db.user, "create").mockRejectedValueOnce(new Error("Can't reach database server"));
    const email = `outage-${Date.now()}@example.test`;
    await expect(signUp(initial, form({ name: "Ada", email, password: "long-enough-pass" }))).rejects.toThrow("Can't reach database server");
  });
});

describe("profile actions", () => {
  beforeEach(() => {
    caller.id = null;
  });

  it("refuse a signed-out caller", async () => {
    expect((await updateProfile(initial, form({ name: "Mallory" }))).message).toMatch(/sign in again/);
    expect((await changePassword(initial, form({ currentPassword: "x", newPassword: "y".repeat(12), confirmPassword: "y".repeat(12) }))).message).toMatch(/sign in again/);
  });

  it("change only the caller's own name", async () => {
    const me = await makeUser({ name: "Before" });
    const other = await makeUser({ name: "Other" });
    caller.id = me.id;
    expect(await updateProfile(initial, form({ name: "After", id: other.id }))).toEqual({ ok: true, message: "Your name was saved." });
    expect((await db.user.findUniqueOrThrow({ where: { id: me.id } })).name).toBe("After");
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).name).toBe("Other");
  });

  it("require the current password and a confirmed new one", async () => {
    const me = await makeUser({ password: "current-password" });
    caller.id = me.id;
    const wrong = await changePassword(initial, form({ currentPassword: "nope", newPassword: "next-password-1", confirmPassword: "next-password-1" }));
    expect(wrong.fieldErrors?.currentPassword?.[0]).toMatch(/not your current password/);
    const mismatch = await changePassword(initial, form({ currentPassword: "current-password", newPassword: "next-password-1", confirmPassword: "next-password-2" }));
    expect(mismatch.fieldErrors?.confirmPassword?.[0]).toMatch(/do not match/);
    const ok = await changePassword(initial, form({ currentPassword: "current-password", newPassword: "next-password-1", confirmPassword: "next-password-1" }));
    expect(ok.ok).toBe(true);
    const stored = await db.user.findUniqueOrThrow({ where: { id: me.id } });
    expect(await verifyPassword(stored.passwordHash, "next-password-1")).toBe(true);
    expect(await verifyPassword(stored.passwordHash, "current-password")).toBe(false);
  });
});
