import { beforeEach, describe, expect, it } from "vitest";
import { caller } from "@/tests/setup/session";
import { changeRole } from "@/lib/admin/actions";
import { listUsers } from "@/lib/admin/users";
import { db } from "@/lib/db";
import { makeUser } from "@/prisma/factories";

async function roleOf(id: string) {
  return (await db.user.findUniqueOrThrow({ where: { id } })).role;
}

describe("changeRole (the admin server action itself, not the page)", () => {
  beforeEach(() => {
    caller.id = null;
  });

  it("refuses a signed-out caller and changes nothing", async () => {
    const target = await makeUser();
    expect(await changeRole({ userId: target.id, role: "ADMIN" })).toEqual({ ok: false, message: "Please sign in first." });
    expect(await roleOf(target.id)).toBe("LEARNER");
  });

  it.each(["LEARNER", "AUTHOR", "INSTRUCTOR"] as const)("refuses a %s and changes nothing", async (role) => {
    const attacker = await makeUser({ role });
    caller.id = attacker.id;
    const result = await changeRole({ userId: attacker.id, role: "ADMIN" });
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/do not have access/);
    expect(await roleOf(attacker.id)).toBe(role);
    await expect(listUsers()).rejects.toThrow(/do not have access/);
  });

  it("lets an admin change a role, which the guards see at once", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const target = await makeUser();
    caller.id = admin.id;
    expect(await changeRole({ userId: target.id, role: "INSTRUCTOR" })).toEqual({ ok: true, message: `${target.email} is now INSTRUCTOR.` });
    expect(await roleOf(target.id)).toBe("INSTRUCTOR");
    expect((await listUsers()).find((u) => u.id === target.id)?.role).toBe("INSTRUCTOR");
  });

  it("rejects unknown roles and malformed input with a clear message", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    caller.id = admin.id;
    for (const input of [{ userId: admin.id, role: "SUPERUSER" }, { role: "ADMIN" }, "nonsense", null, { userId: "x".repeat(500), role: "ADMIN" }]) {
      const result = await changeRole(input);
      expect(result.ok).toBe(false);
      expect(result.message).toMatch(/Choose a user and one of the roles/);
    }
    expect(await changeRole({ userId: "missing-user", role: "ADMIN" })).toEqual({ ok: false, message: "That user no longer exists." });
  });

  it("never demotes the last admin", async () => {
    await db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "LEARNER" } });
    const admin = await makeUser({ role: "ADMIN" });
    caller.id = admin.id;
    const result = await changeRole({ userId: admin.id, role: "LEARNER" });
    expect(result).toEqual({ ok: false, message: "There must be at least one admin. Make someone else an admin first." });
    expect(await roleOf(admin.id)).toBe("ADMIN");
  });

  it("keeps one admin when the last two are demoted at the same moment", async () => {
    for (let round = 0; round < 5; round++) {
      await db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "LEARNER" } });
      const [a, b] = [await makeUser({ role: "ADMIN" }), await makeUser({ role: "ADMIN" })];
      caller.id = a.id;
      const results = await Promise.all([changeRole({ userId: b.id, role: "LEARNER" }), changeRole({ userId: a.id, role: "INSTRUCTOR" })]);
      expect(results.filter((r) => r.ok), `round ${round}`).toHaveLength(1);
      expect(results.find((r) => !r.ok)).toEqual({ ok: false, message: "There must be at least one admin. Make someone else an admin first." });
      expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(1);
    }
  });
});
