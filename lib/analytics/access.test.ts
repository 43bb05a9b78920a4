import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { caller } from "@/tests/setup/session";
import { db } from "@/lib/db";
import { getSavedCode } from "@/lib/progress/saved-code";
import { getLessonStatuses } from "@/lib/progress/statuses";
import { makeCodeSave, makeCohort, makeProgressEvents, makeQuizAttempts, makeUsers } from "@/lib/progress/test-factories";
import { getCohortOverview } from "./cohort-overview";
import { getItemAnalysis } from "./cohort-quiz";
import { handleCohortExport } from "./exports";
import { getLearnerCode, getLearnerDetail } from "./learner-detail";

/**
 * IDOR checks against the data functions and route handlers themselves (not the pages): every
 * role tries every read it must not make.
 */
let ids: Record<"owner" | "otherInstructor" | "admin" | "author" | "a" | "b" | "outsider", string>;
let cohortId: string;

beforeAll(async () => {
  const [owner, otherInstructor] = await makeUsers(2, "INSTRUCTOR", "Instructor");
  const [admin] = await makeUsers(1, "ADMIN", "Admin");
  const [author] = await makeUsers(1, "AUTHOR", "Author");
  const [a, b, outsider] = await makeUsers(3, "LEARNER", "Learner");
  ids = { owner: owner!.id, otherInstructor: otherInstructor!.id, admin: admin!.id, author: author!.id, a: a!.id, b: b!.id, outsider: outsider!.id };
  cohortId = (await makeCohort(ids.owner, [ids.a, ids.b], { name: "Secret cohort" })).id;
  await makeProgressEvents([{ userId: ids.a, lessonId: "tensors", type: "exercise-check", target: "column-sums", ok: true }]);
  await makeQuizAttempts([{ userId: ids.a, lessonId: "tensors", questionId: "rank-of-batch", answer: "two", correct: false }]);
  await makeCodeSave({ userId: ids.a, lessonId: "tensors", cellId: "cell-1", source: "const secret = 42;" });
});

beforeEach(() => {
  caller.id = null;
});

const exportAs = (kind: string, cohort = cohortId) =>
  handleCohortExport(new Request(`http://localhost/api/instructor/cohorts/${cohort}/export/${kind}`), { params: Promise.resolve({ cohortId: cohort, kind }) });

describe("cohort data: only its owner and admins", () => {
  it("lets the owner and an admin read the overview, item analysis, drill-down, code and CSV", async () => {
    for (const who of [ids.owner, ids.admin]) {
      caller.id = who;
      const overview = await getCohortOverview(cohortId);
      expect(overview.learners.map((l) => l.id).sort()).toEqual([ids.a, ids.b].sort());
      expect((await getItemAnalysis(cohortId)).learnerCount).toBe(2);
      expect((await getLearnerDetail(cohortId, ids.a)).attempts).toHaveLength(1);
      expect((await getLearnerCode(cohortId, ids.a, "tensors"))[0]!.source).toBe("const secret = 42;");
      const csv = await exportAs("progress");
      expect(csv.status).toBe(200);
      expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(csv.headers.get("content-disposition")).toBe('attachment; filename="secret-cohort-progress.csv"');
    }
  });

  it.each(["otherInstructor", "author", "a", "outsider"] as const)("refuses %s everything, with no data", async (who) => {
    caller.id = ids[who];
    await expect(getCohortOverview(cohortId)).rejects.toThrow(/not one of yours|do not have access/);
    await expect(getItemAnalysis(cohortId)).rejects.toThrow(/not one of yours|do not have access/);
    await expect(getLearnerDetail(cohortId, ids.a)).rejects.toThrow(/not one of yours|do not have access/);
    await expect(getLearnerCode(cohortId, ids.a, "tensors")).rejects.toThrow(/not one of yours|do not have access/);
    for (const kind of ["progress", "quiz-attempts"]) {
      const response = await exportAs(kind);
      expect(response.status).toBe(403);
      expect(await response.text()).not.toContain("secret");
    }
  });

  it("answers a signed-out caller with 401 and an unknown cohort like someone else's", async () => {
    expect((await exportAs("progress")).status).toBe(401);
    await expect(getCohortOverview(cohortId)).rejects.toThrow(/sign in/);
    caller.id = ids.otherInstructor;
    const missing = await exportAs("progress", "no-such-cohort");
    const notMine = await exportAs("progress");
    expect([missing.status, notMine.status]).toEqual([403, 403]);
    expect(await missing.json()).toEqual(await notMine.json());
    caller.id = ids.owner;
    expect((await exportAs("passwords")).status).toBe(404);
  });

  it("does not let the owner drill into someone who is not in the cohort", async () => {
    caller.id = ids.owner;
    await expect(getLearnerDetail(cohortId, ids.outsider)).rejects.toThrow(/not a member of this cohort/);
    await expect(getLearnerCode(cohortId, ids.outsider, "tensors")).rejects.toThrow(/not a member/);
  });
});

describe("a learner's progress and code: themselves, their instructors, admins", () => {
  it("gives each learner their own statuses and code", async () => {
    caller.id = ids.a;
    expect((await getLessonStatuses())["tensors"]).toMatchObject({ status: "in-progress", exercisesPassed: 1, quizAnswered: 1 });
    expect((await getSavedCode("tensors")).map((c) => c.source)).toEqual(["const secret = 42;"]);
    caller.id = ids.b;
    expect((await getLessonStatuses())["tensors"]!.status).toBe("not-started");
    expect(await getSavedCode("tensors")).toEqual([]);
  });

  it.each(["b", "outsider", "author", "otherInstructor"] as const)("refuses %s another learner's progress and code", async (who) => {
    caller.id = ids[who];
    await expect(getLessonStatuses(ids.a)).rejects.toThrow(/do not have access/);
    await expect(getSavedCode("tensors", ids.a)).rejects.toThrow(/do not have access/);
  });

  it("lets their instructor and an admin read them, until the learner leaves the cohort", async () => {
    for (const who of [ids.owner, ids.admin]) {
      caller.id = who;
      expect((await getLessonStatuses(ids.a))["tensors"]!.exercisesPassed).toBe(1);
      expect(await getSavedCode("tensors", ids.a)).toHaveLength(1);
    }
    const [temp] = await makeUsers(1);
    await db.cohortMember.create({ data: { cohortId, userId: temp!.id } });
    caller.id = ids.owner;
    expect(await getLessonStatuses(temp!.id)).toBeTruthy();
    await db.cohortMember.delete({ where: { cohortId_userId: { cohortId, userId: temp!.id } } });
    await expect(getLessonStatuses(temp!.id)).rejects.toThrow(/do not have access/);
  });

  it("gives signed-out visitors empty progress, and refuses them anyone's by id", async () => {
    expect(await getLessonStatuses()).toEqual({});
    expect(await getSavedCode("tensors")).toEqual([]);
    await expect(getLessonStatuses(ids.a)).rejects.toThrow(/sign in/);
  });
});
