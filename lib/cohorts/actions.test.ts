import { beforeEach, describe, expect, it } from "vitest";
import { caller } from "@/tests/setup/session";
import { db } from "@/lib/db";
import { makeCohort, makeUsers } from "@/lib/progress/test-factories";
import { createCohort, joinCohort, removeMember, renewInvite } from "./actions";
import { listCohorts, previewInvite } from "./queries";

async function one(role: "LEARNER" | "AUTHOR" | "INSTRUCTOR" | "ADMIN") {
  return (await makeUsers(1, role, role))[0]!;
}

describe("cohort actions", () => {
  beforeEach(() => {
    caller.id = null;
  });

  it("lets an instructor create a cohort with an unguessable code, and refuses learners, authors and strangers", async () => {
    const instructor = await one("INSTRUCTOR");
    caller.id = instructor.id;
    const result = await createCohort({ name: "  Spring group  ", expiresInDays: "14" });
    expect(result).toMatchObject({ ok: true, message: 'Cohort "Spring group" created.' });
    const cohort = await db.cohort.findUniqueOrThrow({ where: { id: (result as { cohortId: string }).cohortId } });
    expect(cohort.inviteCode).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect((result as { invitePath: string }).invitePath).toBe(`/join/${cohort.inviteCode}`);
    expect(cohort.inviteExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 13 * 86_400_000);
    const second = await createCohort({ name: "Another" });
    expect((await db.cohort.findUniqueOrThrow({ where: { id: (second as { cohortId: string }).cohortId } })).inviteCode).not.toBe(cohort.inviteCode);

    for (const role of ["LEARNER", "AUTHOR"] as const) {
      caller.id = (await one(role)).id;
      expect(await createCohort({ name: "Mine" })).toEqual({ ok: false, message: "You do not have access to this." });
    }
    caller.id = null;
    expect(await createCohort({ name: "Mine" })).toEqual({ ok: false, message: "Please sign in first." });
  });

  it("validates the name and expiry with clear messages", async () => {
    caller.id = (await one("INSTRUCTOR")).id;
    expect(await createCohort({ name: "   " })).toEqual({ ok: false, message: "Give the cohort a name." });
    expect(await createCohort({ name: "x".repeat(81) })).toEqual({ ok: false, message: "A cohort name is 80 characters at most." });
    expect(await createCohort({ name: "ok", expiresInDays: "0" })).toEqual({ ok: false, message: "Expiry must be 1 to 365 days." });
    expect((await createCohort(null)).ok).toBe(false);
  });

  it("joins with a valid code once; refuses invalid and expired codes and the cohort's own instructor", async () => {
    const instructor = await one("INSTRUCTOR");
    const learner = await one("LEARNER");
    const cohort = await makeCohort(instructor.id, [], { name: "Evening class" });
    caller.id = learner.id;
    expect(await previewInvite(cohort.inviteCode)).toEqual({ status: "valid", cohortName: "Evening class", instructorName: instructor.name, alreadyMember: false });
    expect(await joinCohort({ code: cohort.inviteCode })).toMatchObject({ ok: true, message: expect.stringMatching(/You joined "Evening class"/) });
    expect(await joinCohort({ code: cohort.inviteCode })).toMatchObject({ ok: true });
    expect(await db.cohortMember.count({ where: { cohortId: cohort.id } })).toBe(1);
    expect((await previewInvite(cohort.inviteCode)).status).toBe("valid");

    expect(await joinCohort({ code: "A".repeat(22) })).toEqual({ ok: false, message: "This invite link is not valid. Ask your instructor for a new one." });
    expect(await joinCohort({ code: "../../etc" })).toMatchObject({ ok: false, message: expect.stringMatching(/not valid/) });
    expect(await previewInvite("nope")).toEqual({ status: "invalid" });

    const expired = await makeCohort(instructor.id, [], { inviteExpiresAt: new Date(Date.now() - 1000) });
    expect(await joinCohort({ code: expired.inviteCode })).toEqual({ ok: false, message: "This invite link has expired. Ask your instructor for a new one." });
    expect(await previewInvite(expired.inviteCode)).toEqual({ status: "expired" });

    caller.id = instructor.id;
    expect((await joinCohort({ code: cohort.inviteCode })).message).toMatch(/You teach this cohort/);
    caller.id = null;
    expect(await joinCohort({ code: cohort.inviteCode })).toEqual({ ok: false, message: "Please sign in first." });
  });

  it("removes members only for the cohort's owner or an admin", async () => {
    const [owner, otherInstructor, admin, learner, author] = [await one("INSTRUCTOR"), await one("INSTRUCTOR"), await one("ADMIN"), await one("LEARNER"), await one("AUTHOR")];
    const [a, b] = await makeUsers(2);
    const cohort = await makeCohort(owner.id, [a!.id, b!.id, learner.id]);
    for (const who of [otherInstructor, learner, author]) {
      caller.id = who.id;
      const result = await removeMember({ cohortId: cohort.id, userId: a!.id });
      expect(result.ok).toBe(false);
      expect(result.message).toMatch(/does not exist or is not one of yours|do not have access/);
    }
    expect(await db.cohortMember.count({ where: { cohortId: cohort.id } })).toBe(3);
    caller.id = owner.id;
    expect(await removeMember({ cohortId: cohort.id, userId: a!.id })).toEqual({ ok: true, message: "The learner was removed from the cohort." });
    expect(await removeMember({ cohortId: cohort.id, userId: a!.id })).toEqual({ ok: false, message: "That learner is not in this cohort." });
    caller.id = admin.id;
    expect((await removeMember({ cohortId: cohort.id, userId: b!.id })).ok).toBe(true);
    expect(await db.cohortMember.findMany({ where: { cohortId: cohort.id }, select: { userId: true } })).toEqual([{ userId: learner.id }]);
  });

  it("renews the invite code (the old link stops working) only for the owner", async () => {
    const [owner, other] = [await one("INSTRUCTOR"), await one("INSTRUCTOR")];
    const cohort = await makeCohort(owner.id);
    caller.id = other.id;
    expect((await renewInvite({ cohortId: cohort.id })).ok).toBe(false);
    caller.id = owner.id;
    const renewed = await renewInvite({ cohortId: cohort.id, expiresInDays: 7 });
    expect(renewed.ok).toBe(true);
    const after = await db.cohort.findUniqueOrThrow({ where: { id: cohort.id } });
    expect(after.inviteCode).not.toBe(cohort.inviteCode);
    caller.id = (await one("LEARNER")).id;
    expect((await joinCohort({ code: cohort.inviteCode })).message).toMatch(/not valid/);
  });

  it("lists only the caller's cohorts for an instructor, all for an admin, and none for others", async () => {
    const [mine, theirs, admin] = [await one("INSTRUCTOR"), await one("INSTRUCTOR"), await one("ADMIN")];
    const a = await makeCohort(mine.id, [], { name: "Mine A" });
    const b = await makeCohort(theirs.id, [], { name: "Theirs B" });
    caller.id = mine.id;
    const listed = (await listCohorts()).map((c) => c.id);
    expect(listed).toContain(a.id);
    expect(listed).not.toContain(b.id);
    caller.id = admin.id;
    expect((await listCohorts()).map((c) => c.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    for (const role of ["LEARNER", "AUTHOR"] as const) {
      caller.id = (await one(role)).id;
      await expect(listCohorts()).rejects.toThrow(/do not have access/);
    }
  });
});
