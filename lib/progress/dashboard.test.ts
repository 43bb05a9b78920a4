import { beforeEach, describe, expect, it } from "vitest";
import { caller } from "@/tests/setup/session";
import { getCourse } from "@/lib/lessons/course";
import { describeEvent, recentActivity } from "./activity";
import { getMyDashboard } from "./dashboard";
import { makeProgressEvents, makeQuizAttempts, makeUsers } from "./test-factories";

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

describe("getMyDashboard (/me)", () => {
  beforeEach(() => {
    caller.id = null;
  });

  it("refuses a signed-out caller", async () => {
    await expect(getMyDashboard()).rejects.toThrow(/sign in/);
  });

  it("shows progress per stage, the lesson to continue and recent activity", async () => {
    const [me] = await makeUsers(1);
    caller.id = me!.id;
    const empty = await getMyDashboard();
    expect(empty.next?.action).toBe("start");
    expect(empty.recent).toEqual([]);
    expect(empty.stages.every((s) => s.completed === 0 && s.total > 0)).toBe(true);

    await makeProgressEvents([
      { userId: me!.id, lessonId: "tensors", type: "lesson-opened", occurredAt: minutesAgo(30) },
      ...[1, 2, 3].map((i) => ({ userId: me!.id, lessonId: "tensors", type: "cell-run" as const, target: "cell-1", ok: true, occurredAt: minutesAgo(20 - i) })),
      { userId: me!.id, lessonId: "tensors", type: "exercise-check", target: "column-sums", ok: true, occurredAt: minutesAgo(10) },
    ]);
    const dashboard = await getMyDashboard();
    expect(dashboard.next).toMatchObject({ lessonId: "tensors", action: "continue" });
    expect(dashboard.lessons.find((l) => l.lessonId === "tensors")).toMatchObject({ status: "in-progress", exercisesPassed: 1 });
    // Titles come from the lesson itself, so the test follows content edits.
    const tensors = (await getCourse()).lessons.find((l) => l.id === "tensors")!;
    const title = tensors.meta.title;
    expect(dashboard.recent.map((r) => [r.text, r.count])).toEqual([
      [expect.stringMatching(new RegExp(`^Passed the exercise “[^”]+” in ${title}$`)), 1],
      [`Ran a cell in ${title}`, 3],
      [`Opened ${title}`, 1],
    ]);
    expect(dashboard.recent[0]!.text).not.toContain("column-sums");
    const stage1 = dashboard.stages.find((s) => s.key === 1)!;
    expect(stage1.inProgress).toBe(1);
  });

  it("reviews wrong quiz answers without revealing anything about unanswered questions", async () => {
    const [me] = await makeUsers(1);
    caller.id = me!.id;
    await makeQuizAttempts([{ userId: me!.id, lessonId: "tensors", questionId: "rank-of-batch", answer: "two", correct: false, createdAt: minutesAgo(5) }]);
    const first = await getMyDashboard();
    const quiz = first.quizzes.find((q) => q.lessonId === "tensors")!;
    expect(quiz).toMatchObject({ answered: 1, correct: 0 });
    expect(quiz.wrong).toEqual([expect.objectContaining({ questionId: "rank-of-batch", yourAnswer: "2", correctAnswer: null, laterCorrect: false })]);
    expect(quiz.wrong[0]!.explanationHtml).toMatch(/Rank is the number of axes/);

    const course = await getCourse();
    const spec = course.lessons.find((l) => l.id === "tensors")!.quiz!;
    const serialised = JSON.stringify(first);
    for (const q of spec.questions.filter((x) => x.id !== "rank-of-batch")) {
      expect(serialised).not.toContain(q.explanation.slice(0, 30));
    }

    // A second wrong answer reveals the right one (the quiz's reveal rule); a right one marks it fixed.
    await makeQuizAttempts([
      { userId: me!.id, lessonId: "tensors", questionId: "rank-of-batch", answer: "size", correct: false, createdAt: minutesAgo(4) },
      { userId: me!.id, lessonId: "tensors", questionId: "rank-of-batch", answer: "three", correct: true, createdAt: minutesAgo(3) },
    ]);
    const later = (await getMyDashboard()).quizzes.find((q) => q.lessonId === "tensors")!;
    expect(later).toMatchObject({ answered: 1, correct: 1 });
    expect(later.wrong[0]).toMatchObject({ yourAnswer: "25088", correctAnswer: "3", laterCorrect: true });
  });
});

describe("activity wording", () => {
  it("describes each event type and merges repeats only when consecutive", () => {
    const lesson = { title: "Tensors", exerciseTitles: { sums: "Column sums" } };
    const e = (type: string, ok: boolean | null, minute: number, detail: string | null = null) => ({ id: `${type}-${minute}`, lessonId: "t", type, target: "sums", ok, detail, at: new Date(Date.UTC(2026, 0, 1, 0, minute)) });
    expect(describeEvent(e("hint-viewed", null, 1, '{"hint":2}'), lesson)).toBe("Opened hint 2 for “Column sums” in Tensors");
    expect(describeEvent(e("solution-viewed", null, 1), lesson)).toBe("Viewed the solution of “Column sums” in Tensors");
    expect(describeEvent(e("exercise-check", false, 1), lesson)).toBe("Checked the exercise “Column sums” in Tensors (not passing yet)");
    expect(describeEvent(e("cell-run", false, 1), undefined)).toBe("A cell stopped with an error in t");
    const items = recentActivity([e("cell-run", true, 1), e("cell-run", true, 2), e("quiz", true, 3), e("cell-run", true, 4)], new Map([["t", lesson]]), 10);
    expect(items.map((i) => i.count)).toEqual([1, 1, 2]);
  });
});
