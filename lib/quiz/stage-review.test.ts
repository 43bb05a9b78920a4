import { describe, expect, it } from "vitest";
import { dueReviews, MAX_SPACED, planStageReview, type ReviewAttempt, type ReviewLesson } from "./stage-review";

const lessons: ReviewLesson[] = [
  { id: "tensors", title: "Tensors", stage: 1, questionIds: ["t1", "t2"] },
  { id: "neurons", title: "Neurons", stage: 1, questionIds: ["n1"] },
  { id: "feedforward", title: "Feedforward", stage: 2, questionIds: ["f1", "f2"] },
  { id: "digits", title: "Digits", stage: 2, questionIds: [] },
];
const now = new Date("2026-12-02T12:00:00Z");
const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * 3_600_000);
const attempt = (lessonId: string, questionId: string, correct: boolean, hoursAgo: number): ReviewAttempt => ({ lessonId, questionId, correct, createdAt: at(hoursAgo) });

describe("stage reviews", () => {
  it("asks this stage's questions not yet answered correctly, by their latest answer", () => {
    const review = planStageReview(1, lessons, [attempt("tensors", "t1", false, 50), attempt("tensors", "t1", true, 40), attempt("tensors", "t2", true, 30), attempt("tensors", "t2", false, 2)], now);
    expect(review.current).toEqual([
      { lessonId: "tensors", title: "Tensors", questionIds: ["t2"] },
      { lessonId: "neurons", title: "Neurons", questionIds: ["n1"] },
    ]);
    expect(review.spaced).toEqual([]);
    expect(review.total).toBe(2);
  });

  it("brings back earlier stages' wrong answers once a day has passed, never the right ones or today's", () => {
    const attempts = [attempt("tensors", "t1", false, 30), attempt("tensors", "t2", false, 3), attempt("neurons", "n1", true, 48)];
    const review = planStageReview(2, lessons, attempts, now);
    expect(review.spaced).toEqual([{ lessonId: "tensors", title: "Tensors", questionIds: ["t1"] }]);
    expect(review.current.map((g) => g.lessonId)).toEqual(["feedforward"]);
  });

  it("caps the spaced questions", () => {
    const many: ReviewLesson[] = [{ id: "big", title: "Big", stage: 1, questionIds: Array.from({ length: 15 }, (_, i) => `q${i}`) }, lessons[2]!];
    const wrong = many[0]!.questionIds.map((q) => attempt("big", q, false, 48));
    expect(planStageReview(2, many, wrong, now).spaced[0]!.questionIds).toHaveLength(MAX_SPACED);
  });

  it("is due for a stage once its last lesson with a quiz has been answered in, and while it has questions", () => {
    expect(dueReviews(lessons, [attempt("tensors", "t1", false, 30)], now)).toEqual([]);
    const reached = [attempt("tensors", "t1", false, 30), attempt("neurons", "n1", true, 30)];
    expect(dueReviews(lessons, reached, now).map((r) => [r.stage, r.total])).toEqual([[1, 2]]);
    const allRight = [attempt("tensors", "t1", true, 30), attempt("tensors", "t2", true, 30), attempt("neurons", "n1", true, 30)];
    expect(dueReviews(lessons, allRight, now)).toEqual([]);
  });
});
