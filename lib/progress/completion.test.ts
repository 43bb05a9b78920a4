import { describe, expect, it } from "vitest";
import {
  completionRuleSchema,
  isLessonComplete,
  lessonCompletedAt,
  lessonStatus,
  NO_FACTS,
  parseCompletionRule,
  type CompletionMeta,
  type LearnerFacts,
} from "./completion";

const t = (minute: number) => new Date(Date.UTC(2026, 10, 1, 12, minute));

function facts(partial: Partial<{ started: number; passed: Record<string, number>; answered: Record<string, number>; correct: Record<string, number> }>): LearnerFacts {
  const map = (r: Record<string, number> = {}) => new Map(Object.entries(r).map(([k, m]) => [k, t(m)]));
  return {
    startedAt: partial.started === undefined ? null : t(partial.started),
    lastActiveAt: null,
    exercisesPassed: map(partial.passed),
    quizAnswered: map(partial.answered),
    quizCorrect: map(partial.correct),
  };
}

const lesson: CompletionMeta = { exerciseIds: ["a", "b"], quizQuestionIds: ["q1", "q2"] };

describe("isLessonComplete (default: every exercise passed, every question answered)", () => {
  it("is not complete before the learner starts", () => {
    expect(lessonStatus(lesson, NO_FACTS)).toBe("not-started");
    expect(isLessonComplete({ exerciseIds: [], quizQuestionIds: [] }, NO_FACTS)).toBe(false);
  });

  it("needs every exercise and every question", () => {
    expect(lessonStatus(lesson, facts({ started: 0, passed: { a: 1 }, answered: { q1: 2, q2: 3 } }))).toBe("in-progress");
    expect(isLessonComplete(lesson, facts({ started: 0, passed: { a: 1, b: 2 }, answered: { q1: 3 } }))).toBe(false);
    expect(lessonStatus(lesson, facts({ started: 0, passed: { a: 1, b: 2 }, answered: { q1: 3, q2: 4 } }))).toBe("completed");
  });

  it("counts a wrong answer as answered", () => {
    expect(isLessonComplete(lesson, facts({ started: 0, passed: { a: 1, b: 2 }, answered: { q1: 3, q2: 4 }, correct: {} }))).toBe(true);
  });

  it("ignores facts about exercises and questions the lesson no longer has", () => {
    expect(isLessonComplete(lesson, facts({ started: 0, passed: { a: 1, old: 2 }, answered: { q1: 3, q2: 4 } }))).toBe(false);
  });

  it("completes a reading-only lesson once it is opened", () => {
    const reading = { exerciseIds: [], quizQuestionIds: [] };
    expect(lessonCompletedAt(reading, facts({ started: 5 }))).toEqual(t(5));
  });

  it("dates completion when the last requirement was first met, whatever the arrival order", () => {
    expect(lessonCompletedAt(lesson, facts({ started: 0, passed: { a: 9, b: 2 }, answered: { q1: 3, q2: 4 } }))).toEqual(t(9));
    expect(lessonCompletedAt(lesson, facts({ started: 0, passed: { a: 1, b: 2 }, answered: { q1: 30, q2: 4 } }))).toEqual(t(30));
  });
});

describe("per-lesson overrides", () => {
  it('"correct" needs every question answered correctly at least once', () => {
    const strict = { ...lesson, completion: { exercises: "all", quiz: "correct" } as const };
    expect(isLessonComplete(strict, facts({ started: 0, passed: { a: 1, b: 2 }, answered: { q1: 3, q2: 4 }, correct: { q1: 3 } }))).toBe(false);
    expect(lessonCompletedAt(strict, facts({ started: 0, passed: { a: 1, b: 2 }, answered: { q1: 3, q2: 4 }, correct: { q1: 3, q2: 8 } }))).toEqual(t(8));
  });

  it("a number of exercises completes at the n-th pass, and never asks for more than exist", () => {
    const one = { ...lesson, completion: { exercises: 1, quiz: "none" } as const };
    expect(lessonCompletedAt(one, facts({ started: 0, passed: { b: 7, a: 4 } }))).toEqual(t(4));
    const five = { ...lesson, completion: { exercises: 5, quiz: "none" } as const };
    expect(isLessonComplete(five, facts({ started: 0, passed: { a: 1 } }))).toBe(false);
    expect(isLessonComplete(five, facts({ started: 0, passed: { a: 1, b: 2 } }))).toBe(true);
  });

  it('"none" ignores exercises or the quiz', () => {
    const quizOnly = { ...lesson, completion: { exercises: "none", quiz: "answered" } as const };
    expect(isLessonComplete(quizOnly, facts({ started: 0, answered: { q1: 1, q2: 2 } }))).toBe(true);
    const nothing = { ...lesson, completion: { exercises: "none", quiz: "none" } as const };
    expect(lessonCompletedAt(nothing, facts({ started: 3 }))).toEqual(t(3));
  });
});

describe("the frontmatter field", () => {
  it("accepts the documented shapes with defaults", () => {
    expect(completionRuleSchema.parse({})).toEqual({ exercises: "all", quiz: "answered" });
    expect(completionRuleSchema.parse({ exercises: 2, quiz: "correct" })).toEqual({ exercises: 2, quiz: "correct" });
  });

  it("explains a bad value and falls back to the default when parsing leniently", () => {
    const bad = completionRuleSchema.safeParse({ exercises: "most", quiz: "passed" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message)).toEqual([
      'exercises must be "all", "none" or a number of exercises',
      'quiz must be "answered", "correct" or "none"',
    ]);
    expect(completionRuleSchema.safeParse({ exercises: 0 }).success).toBe(false);
    expect(completionRuleSchema.safeParse({ extra: true }).success).toBe(false);
    expect(parseCompletionRule({ exercises: "most" })).toEqual({ exercises: "all", quiz: "answered" });
    expect(parseCompletionRule({ quiz: "none" })).toEqual({ exercises: "all", quiz: "none" });
  });
});
