import { beforeAll, describe, expect, it } from "vitest";
import { caller } from "@/tests/setup/session";
import { makeCohort, makeQuizAttempts, makeUsers } from "@/lib/progress/test-factories";
import { getItemAnalysis } from "./cohort-quiz";

/** The item analysis folds attempts in the database: these checks run the real GROUP BY. */
let cohortId: string;

beforeAll(async () => {
  const [owner] = await makeUsers(1, "INSTRUCTOR", "Instructor");
  const [a, b, outsider] = await makeUsers(3, "LEARNER", "Learner");
  cohortId = (await makeCohort(owner!.id, [a!.id, b!.id])).id;
  const t = (minute: number) => new Date(Date.UTC(2026, 10, 1, 9, minute));
  const q = { lessonId: "tensors", questionId: "rank-of-batch" };
  await makeQuizAttempts([
    // a: wrong three times with the same answer, then right.
    { userId: a!.id, ...q, answer: "two", correct: false, createdAt: t(1) },
    { userId: a!.id, ...q, answer: "two", correct: false, createdAt: t(2) },
    { userId: a!.id, ...q, answer: "two", correct: false, createdAt: t(3) },
    { userId: a!.id, ...q, answer: "three", correct: true, createdAt: t(4) },
    // b: right at once.
    { userId: b!.id, ...q, answer: "three", correct: true, createdAt: t(5) },
    // Not in the cohort: must not count.
    { userId: outsider!.id, ...q, answer: "two", correct: false, createdAt: t(0) },
    { userId: outsider!.id, ...q, answer: "two", correct: false, createdAt: t(6) },
  ]);
  caller.id = owner!.id;
});

describe("getItemAnalysis", () => {
  it("counts every attempt of the cohort's learners, each learner's first answer, and nobody else's", async () => {
    const analysis = await getItemAnalysis(cohortId);
    expect(analysis.learnerCount).toBe(2);
    const question = analysis.questions.find((x) => x.lessonId === "tensors" && x.questionId === "rank-of-batch")!;
    expect(question).toMatchObject({ learnersAnswered: 2, attempts: 5, firstAttemptCorrect: 1, firstAttemptCorrectShare: 0.5 });
    const option = (id: string) => question.options.find((o) => o.id === id)!;
    expect([option("two").firstChoices, option("two").learners]).toEqual([1, 1]);
    expect([option("three").firstChoices, option("three").learners]).toEqual([1, 2]);
    expect(analysis.misconceptions.find((m) => m.tag === "shape-confusion")?.learners).toBe(1);
  });
});
