import { describe, expect, it } from "vitest";
import { makeCohort, makeProgressEvents, makeQuizAttempts, makeUsers } from "@/lib/progress/test-factories";
import { loadCohortOverview } from "./cohort-data";
import { buildOverview, type OverviewLesson } from "./overview";

const NOW = new Date("2026-11-26T12:00:00.000Z");
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);

const lessons: OverviewLesson[] = [
  { id: "tensors", title: "Tensors", stage: 1, exerciseIds: ["column-sums"], quizQuestionIds: ["q1", "q2"] },
  { id: "neurons", title: "Neurons", stage: 1, exerciseIds: ["forward-pass"], quizQuestionIds: [] },
  { id: "pipelines", title: "Pipelines", stage: 4, exerciseIds: [], quizQuestionIds: ["p1"], completion: { exercises: "none", quiz: "correct" } },
];

describe("buildOverview (pure)", () => {
  it("rolls facts up into statuses, stage counts, last activity and the 7-day signal", () => {
    const facts = new Map([
      ["ada/tensors", { startedAt: daysAgo(20), lastActiveAt: daysAgo(3), exercisesPassed: new Map([["column-sums", daysAgo(10)]]), quizAnswered: new Map([["q1", daysAgo(4)], ["q2", daysAgo(3)]]), quizCorrect: new Map() }],
      ["ada/pipelines", { startedAt: daysAgo(2), lastActiveAt: daysAgo(1), exercisesPassed: new Map(), quizAnswered: new Map([["p1", daysAgo(1)]]), quizCorrect: new Map() }],
      ["bo/neurons", { startedAt: daysAgo(30), lastActiveAt: daysAgo(30), exercisesPassed: new Map([["forward-pass", daysAgo(30)]]), quizAnswered: new Map(), quizCorrect: new Map() }],
    ]);
    const learners = [
      { id: "ada", name: "Ada", email: "ada@x.test", joinedAt: daysAgo(40) },
      { id: "bo", name: "Bo", email: "bo@x.test", joinedAt: daysAgo(40) },
      { id: "cy", name: "Cy", email: "cy@x.test", joinedAt: daysAgo(1) },
    ];
    const overview = buildOverview(lessons, learners, (u, l) => facts.get(`${u}/${l}`), NOW);
    expect(overview.stages.map((s) => [s.key, s.lessons])).toEqual([[1, 2], [4, 1]]);
    const [ada, bo, cy] = overview.learners;
    expect(ada).toMatchObject({ statuses: ["completed", "not-started", "in-progress"], completed: 1, stageCompleted: [1, 0], active: true, recentCompletions: 1, lastActiveAt: daysAgo(1).toISOString() });
    expect(bo).toMatchObject({ statuses: ["not-started", "completed", "not-started"], completed: 1, active: false, recentCompletions: 0 });
    expect(cy).toMatchObject({ completed: 0, active: false, lastActiveAt: null });
  });
});

describe("loadCohortOverview (factory data in the database)", () => {
  it("is unaffected by duplicate and out-of-order events, and counts quiz answers as activity", async () => {
    const [owner] = await makeUsers(1, "INSTRUCTOR");
    const [ada, bo] = await makeUsers(2);
    const cohort = await makeCohort(owner!.id, [ada!.id, bo!.id]);
    // Ada: the pass arrives before the "opened" event, twice, and a failed check arrives late.
    await makeProgressEvents([
      { userId: ada!.id, lessonId: "tensors", type: "exercise-check", target: "column-sums", ok: true, occurredAt: daysAgo(5) },
      { userId: ada!.id, lessonId: "tensors", type: "exercise-check", target: "column-sums", ok: true, occurredAt: daysAgo(4) },
      { userId: ada!.id, lessonId: "tensors", type: "lesson-opened", occurredAt: daysAgo(6) },
      { userId: ada!.id, lessonId: "tensors", type: "exercise-check", target: "column-sums", ok: false, occurredAt: daysAgo(7) },
      { userId: bo!.id, lessonId: "neurons", type: "exercise-check", target: "forward-pass", ok: false, occurredAt: daysAgo(2) },
    ]);
    await makeQuizAttempts([
      { userId: ada!.id, lessonId: "tensors", questionId: "q1", answer: "a", correct: false, createdAt: daysAgo(3) },
      { userId: ada!.id, lessonId: "tensors", questionId: "q2", answer: "b", correct: true, createdAt: daysAgo(2) },
      { userId: ada!.id, lessonId: "pipelines", questionId: "p1", answer: 3, correct: true, createdAt: daysAgo(1) },
    ]);
    const overview = await loadCohortOverview(cohort.id, lessons, NOW);
    const byName = Object.fromEntries(overview.learners.map((l) => [l.id, l]));
    expect(byName[ada!.id]).toMatchObject({ statuses: ["completed", "not-started", "completed"], completed: 2, recentCompletions: 2, active: true });
    expect(byName[ada!.id]!.lastActiveAt).toBe(daysAgo(1).toISOString());
    expect(byName[bo!.id]).toMatchObject({ statuses: ["not-started", "in-progress", "not-started"], completed: 0, active: true });
  });

  it("returns an empty table for a cohort without learners", async () => {
    const [owner] = await makeUsers(1, "INSTRUCTOR");
    const cohort = await makeCohort(owner!.id);
    expect((await loadCohortOverview(cohort.id, lessons, NOW)).learners).toEqual([]);
  });
});
