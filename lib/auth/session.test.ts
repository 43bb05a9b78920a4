import { afterEach, describe, expect, it, vi } from "vitest";
import { decode, encode } from "next-auth/jwt";
import { caller, cookieJar } from "@/tests/setup/session";
import { changePassword, signOutOtherDevices } from "@/lib/auth/actions";
import { getCurrentUser } from "@/lib/auth/guards";
import { authOptions } from "@/lib/auth/options";
import { env } from "@/lib/env";
import { db } from "@/lib/db";
import { makeUser } from "@/prisma/factories";

const COOKIE = "next-auth.session-token";
const secret = env.NEXTAUTH_SECRET!;
const jwt = (token: Record<string, unknown>) =>
  authOptions.callbacks!.jwt!({ token, user: undefined as never, account: null }) as Promise<Record<string, unknown>>;

afterEach(() => {
  cookieJar.clear();
  caller.id = null;
  caller.sessionVersion = undefined;
});

/** Signs `userId` in on "this device": a real next-auth token in the cookie jar. */
async function signInHere(userId: string, sv = 0) {
  cookieJar.set(COOKIE, await encode({ token: { sub: userId, sv }, secret }));
  caller.id = userId;
  caller.sessionVersion = sv;
}

describe("session versions", () => {
  it("a token of the user's current version stays valid", async () => {
    const user = await makeUser();
    expect((await jwt({ sub: user.id, sv: 0 })).sub).toBe(user.id);
    // Tokens issued before versions existed carry none: version 0.
    expect((await jwt({ sub: user.id })).sub).toBe(user.id);
  });

  it("'sign out of all other devices' ends other sessions at once and keeps this one", async () => {
    const user = await makeUser();
    const otherDevice = { sub: user.id, sv: 0 };
    await signInHere(user.id);
    expect(await signOutOtherDevices({ ok: false })).toEqual({ ok: true, message: expect.stringMatching(/other device/) });

    // The other device's token is refused by next-auth's jwt callback and by the guards.
    expect((await jwt(otherDevice)).sub).toBeUndefined();
    caller.sessionVersion = 0;
    expect(await getCurrentUser()).toBeNull();

    // This device got a fresh cookie with the new version, which both accept.
    const fresh = await decode({ token: cookieJar.get(COOKIE)!, secret });
    expect(fresh?.sv).toBe(1);
    expect((await jwt(fresh!)).sub).toBe(user.id);
    caller.sessionVersion = 1;
    expect((await getCurrentUser())?.id).toBe(user.id);
  });

  it("a password change signs out every other session", async () => {
    const user = await makeUser({ password: "old-password-1" });
    await signInHere(user.id);
    const form = new FormData();
    for (const [k, v] of Object.entries({ currentPassword: "old-password-1", newPassword: "new-password-1", confirmPassword: "new-password-1" })) form.set(k, v);
    expect((await changePassword({ ok: false }, form)).ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
    expect((await jwt({ sub: user.id, sv: 0 })).sub).toBeUndefined();
    expect((await decode({ token: cookieJar.get(COOKIE)!, secret }))?.sv).toBe(1);
  });

  it("a deleted account's token is refused", async () => {
    const user = await makeUser();
    await db.user.delete({ where: { id: user.id } });
    expect((await jwt({ sub: user.id, sv: 0 })).sub).toBeUndefined();
  });

  it("keeps the token while the database is unreachable (an error would make next-auth clear the cookie), and refuses it again after", async () => {
    const user = await makeUser();
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: 3 } });
    const lookup = vi.spyOn(db.user, "findUnique").mockRejectedValueOnce(Object.assign(new Error("Can't reach database server"), { code: "P1001" }));
    expect((await jwt({ sub: user.id, sv: 0 })).sub).toBe(user.id);
    lookup.mockRejectedValueOnce(new Error("a bug"));
    await expect(jwt({ sub: user.id, sv: 0 })).rejects.toThrow("a bug");
    lookup.mockRestore();
    expect((await jwt({ sub: user.id, sv: 0 })).sub).toBeUndefined();
  });

  it("refuses 'sign out of all other devices' to nobody", async () => {
    expect((await signOutOtherDevices({ ok: false })).ok).toBe(false);
  });
});
