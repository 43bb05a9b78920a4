import { beforeEach, describe, expect, it } from "vitest";
import { caller } from "@/tests/setup/session";
import { db } from "@/lib/db";
import { buildOverview } from "@/lib/analytics/overview";
import { NO_FACTS } from "@/lib/progress/completion";
import { makeCohort, makeUsers } from "@/lib/progress/test-factories";
import { assignLessons, removeAssignment } from "./assignment-actions";
import { assignmentState, countStates } from "./assignment-status";
import { myAssignments } from "./assignments";

/** What is stored for a cohort (the page shows it through the overview). */
const cohortAssignments = async (cohortId: string) =>
  (await db.assignment.findMany({ where: { cohortId } })).map((r) => ({ lessonId: r.lessonId, dueAt: r.dueAt.toISOString() }));

const one = async (role: "LEARNER" | "INSTRUCTOR" | "ADMIN") => (await makeUsers(1, role, role))[0]!;
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();

describe("assignmentState", () => {
  const due = new Date("2026-12-10T23:59:00Z");
  it("is on time up to the due time, late after it, missing once due and not done, open before", () => {
    expect(assignmentState(due, new Date("2026-12-10T23:59:00Z"), due)).toBe("on-time");
    expect(assignmentState(due, new Date("2026-12-11T00:00:00Z"), due)).toBe("late");
    expect(assignmentState(due, null, new Date("2026-12-11T00:00:00Z"))).toBe("missing");
    expect(assignmentState(due, null, new Date("2026-12-09T00:00:00Z"))).toBe("open");
    expect(countStates(["on-time", "late", "late", "missing", "open"])).toEqual({ onTime: 1, late: 2, missing: 1, open: 1 });
  });

  it("counts each learner's assignments in the cohort overview, in course order", () => {
    const lessons = ["a", "b", "c"].map((id) => ({ id, title: id.toUpperCase(), stage: 1 as const, exerciseIds: [], quizQuestionIds: [] }));
    const now = new Date("2026-12-20T00:00:00Z");
    const doneAt = new Date("2026-12-05T00:00:00Z");
    const facts = (_: string, lessonId: string) =>
      lessonId === "a" || lessonId === "b" ? { ...NO_FACTS, startedAt: doneAt, lastActiveAt: doneAt } : undefined;
    const overview = buildOverview(lessons, [{ id: "u", name: "U", email: "u@x.test", joinedAt: doneAt }], facts, now, [
      { lessonId: "c", dueAt: new Date("2026-12-01T00:00:00Z") },
      { lessonId: "b", dueAt: new Date("2026-12-01T00:00:00Z") },
      { lessonId: "a", dueAt: new Date("2026-12-10T00:00:00Z") },
      { lessonId: "gone", dueAt: new Date("2026-12-10T00:00:00Z") },
    ]);
    expect(overview.assignments.map((a) => a.lessonId)).toEqual(["a", "b", "c"]);
    expect(overview.learners[0]!.assignmentStates).toEqual(["on-time", "late", "missing"]);
    expect(overview.learners[0]!.assignmentCounts).toEqual({ onTime: 1, late: 1, missing: 1, open: 0 });
  });
});

describe("assignment actions", () => {
  beforeEach(() => {
    caller.id = null;
  });

  it("set a lesson or a whole stage for the owner's cohort, move a due date, and take one back", async () => {
    const instructor = await one("INSTRUCTOR");
    const cohort = await makeCohort(instructor.id);
    caller.id = instructor.id;
    expect(await assignLessons({ cohortId: cohort.id, target: "lesson:tensors", dueAt: inDays(7) })).toMatchObject({ ok: true, message: expect.stringMatching(/^"Tensors and operations" set, due /) });
    const stage = await assignLessons({ cohortId: cohort.id, target: "stage:1", dueAt: inDays(14) });
    expect(stage).toMatchObject({ ok: true, message: expect.stringMatching(/^Stage 1 \(\d+ lessons\) set/) });
    const rows = await cohortAssignments(cohort.id);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    // Assigning again moves the date: tensors (in stage 1) is now due in 14 days, once.
    expect(rows.filter((r) => r.lessonId === "tensors")).toHaveLength(1);
    expect(rows.find((r) => r.lessonId === "tensors")!.dueAt.slice(0, 10)).toBe(inDays(14).slice(0, 10));

    expect(await removeAssignment({ cohortId: cohort.id, lessonId: "tensors" })).toEqual({ ok: true, message: "Assignment removed." });
    expect(await removeAssignment({ cohortId: cohort.id, lessonId: "tensors" })).toEqual({ ok: false, message: "That lesson is not assigned to this cohort." });
    expect((await cohortAssignments(cohort.id)).some((r) => r.lessonId === "tensors")).toBe(false);
  });

  it("refuse other instructors, learners and strangers, and bad input, with clear messages", async () => {
    const owner = await one("INSTRUCTOR");
    const cohort = await makeCohort(owner.id);
    const valid = { cohortId: cohort.id, target: "lesson:tensors", dueAt: inDays(7) };
    caller.id = (await one("INSTRUCTOR")).id;
    expect(await assignLessons(valid)).toEqual({ ok: false, message: "That cohort does not exist or is not one of yours." });
    caller.id = (await one("LEARNER")).id;
    expect(await assignLessons(valid)).toEqual({ ok: false, message: "You do not have access to this." });
    expect(await removeAssignment({ cohortId: cohort.id, lessonId: "tensors" })).toEqual({ ok: false, message: "You do not have access to this." });
    caller.id = null;
    expect(await assignLessons(valid)).toEqual({ ok: false, message: "Please sign in first." });

    caller.id = owner.id;
    expect(await assignLessons({ ...valid, target: "lesson:no-such-lesson" })).toEqual({ ok: false, message: "There is no such lesson." });
    expect(await assignLessons({ ...valid, target: "<script>" })).toEqual({ ok: false, message: "Choose a lesson or a stage." });
    expect(await assignLessons({ ...valid, dueAt: "tomorrow" })).toEqual({ ok: false, message: "Choose a due date and time." });
    expect(await assignLessons({ ...valid, dueAt: inDays(400) })).toEqual({ ok: false, message: "Choose a due date within a year of today." });
    expect(await db.assignment.count({ where: { cohortId: cohort.id } })).toBe(0);
    // An admin may set work for any cohort.
    caller.id = (await one("ADMIN")).id;
    expect(await assignLessons(valid)).toMatchObject({ ok: true });
  });

  it("show a learner the work of every cohort they belong to, the earliest date when two set the same lesson", async () => {
    const [a, b] = [await one("INSTRUCTOR"), await one("INSTRUCTOR")];
    const learner = await one("LEARNER");
    const outsider = await one("LEARNER");
    const first = await makeCohort(a.id, [learner.id], { name: "Morning" });
    const second = await makeCohort(b.id, [learner.id], { name: "Evening" });
    await db.assignment.createMany({
      data: [
        { cohortId: first.id, lessonId: "tensors", dueAt: new Date(inDays(9)) },
        { cohortId: second.id, lessonId: "tensors", dueAt: new Date(inDays(3)) },
        { cohortId: second.id, lessonId: "neurons-and-activations", dueAt: new Date(inDays(5)) },
      ],
    });
    const mine = await myAssignments(learner.id);
    expect(Object.keys(mine).sort()).toEqual(["neurons-and-activations", "tensors"]);
    expect(mine.tensors).toMatchObject({ cohortName: "Evening", dueAt: inDays(3).slice(0, 10) + mine.tensors!.dueAt.slice(10) });
    expect(await myAssignments(outsider.id)).toEqual({});
  });
});
