import { describe, expect, it } from "vitest";
import { misconceptionsOf } from "@/lib/quiz/grade";
import type { QuizSpec } from "@/lib/quiz/schema";
import { simulateCohort, type SimLesson } from "./demo-activity";

const quiz: QuizSpec = {
  questions: [
    {
      id: "why", type: "single", prompt: "Why?", explanation: "Because.",
      options: [
        { id: "right", text: "Right", correct: true },
        { id: "myth", text: "A myth", correct: false, misconception: "black-box" },
        { id: "slip", text: "A slip", correct: false },
      ],
    },
    { id: "sure", type: "truefalse", prompt: "Sure?", explanation: "Yes.", answer: true, misconception: "only-for-experts" },
    { id: "count", type: "numeric", prompt: "How many?", explanation: "Four.", answer: 4, tolerance: 0 },
  ],
};
const lessons: SimLesson[] = Array.from({ length: 12 }, (_, i) => ({
  id: `lesson-${i + 1}`,
  version: "v1",
  cells: ["cell-1", "cell-2", "cell-3"],
  exercises: [{ id: "ex", cellId: "exercise-ex", hints: 2, starter: "// start", solution: "// done" }],
  quiz,
}));
const learners = Array.from({ length: 24 }, (_, i) => ({ name: `L${i}`, email: `l${i}@students.example.com` }));
const now = new Date("2026-12-01T12:00:00Z");
const start = new Date("2026-10-20T12:00:00Z");

describe("simulateCohort", () => {
  const cohort = simulateCohort(learners, lessons, { start, now });

  it("is the same for the same inputs and stays between the start and now", () => {
    expect(simulateCohort(learners, lessons, { start, now })).toEqual(cohort);
    for (const h of cohort) {
      for (const e of h.events) expect(e.occurredAt.getTime()).toBeGreaterThanOrEqual(start.getTime());
      for (const e of [...h.events, ...h.attempts.map((a) => ({ occurredAt: a.createdAt }))]) expect(e.occurredAt.getTime()).toBeLessThanOrEqual(now.getTime());
    }
  });

  it("spreads learners along the course: some far ahead, some barely started, some gone quiet", () => {
    const reached = cohort.map((h) => new Set(h.events.map((e) => e.lessonId)).size);
    expect(Math.max(...reached)).toBeGreaterThanOrEqual(10);
    expect(reached.filter((n) => n <= 2).length).toBeGreaterThanOrEqual(2);
    const quiet = cohort.filter((h) => now.getTime() - Math.max(...h.events.map((e) => e.occurredAt.getTime())) > 14 * 86_400_000);
    expect(quiet.length).toBeGreaterThanOrEqual(2);
  });

  it("completes every lesson before the last one reached: each exercise passed, each question eventually right", () => {
    for (const h of cohort) {
      const reached = [...new Set(h.events.map((e) => e.lessonId))];
      for (const lessonId of reached.slice(0, -1)) {
        expect(h.events.some((e) => e.lessonId === lessonId && e.type === "exercise-check" && e.ok), `${h.learner.name} ${lessonId}`).toBe(true);
        for (const q of quiz.questions) expect(h.attempts.some((a) => a.lessonId === lessonId && a.questionId === q.id && a.correct)).toBe(true);
      }
    }
  });

  it("grades its answers honestly and makes wrong answers follow the misconception tags", () => {
    const attempts = cohort.flatMap((h) => h.attempts);
    const wrong = attempts.filter((a) => !a.correct);
    expect(wrong.length).toBeGreaterThan(20);
    // Wrong answers to "why": the tagged myth far more often than the untagged slip.
    const why = wrong.filter((a) => a.questionId === "why");
    expect(why.filter((a) => a.answer === "myth").length).toBeGreaterThan(why.filter((a) => a.answer === "slip").length);
    for (const a of attempts) expect(a.correct).toBe(a.answer === { why: "right", sure: true, count: 4 }[a.questionId]);
    expect(wrong.filter((a) => misconceptionsOf(quiz, a.questionId, a.answer).length > 0).length).toBeGreaterThan(wrong.length / 2);
  });
});
