import { describe, expect, it } from "vitest";
import { describeLessonStatus, type LessonCounts } from "./lesson-status";

const counts = (patch: Partial<LessonCounts> = {}): LessonCounts => ({
  status: "in-progress",
  exercisesPassed: 0,
  exercisesTotal: 1,
  quizAnswered: 0,
  quizCorrect: 0,
  quizTotal: 4,
  ...patch,
});

describe("describeLessonStatus", () => {
  it("says what is done and what is left", () => {
    expect(describeLessonStatus(counts({ exercisesPassed: 2, exercisesTotal: 3, quizAnswered: 4, quizCorrect: 1 }))).toEqual({
      status: "in-progress",
      label: "In progress",
      parts: ["2 of 3 exercises passed", "quiz answered"],
    });
    expect(describeLessonStatus(counts({ quizAnswered: 1 })).parts).toEqual(["0 of 1 exercise passed", "1 of 4 quiz questions answered"]);
  });

  it("follows the lesson's completion rule", () => {
    const view = describeLessonStatus(counts({ exercisesTotal: 3, exercisesPassed: 1, quizAnswered: 4, quizCorrect: 3 }), { exercises: 1, quiz: "correct" });
    expect(view.parts).toEqual(["1 of 3 exercises passed (1 needed)", "3 of 4 quiz questions right"]);
    expect(describeLessonStatus(counts(), { exercises: "none", quiz: "none" }).parts).toEqual([]);
  });

  it("reads a lesson being opened as started, and as complete when it asks for nothing", () => {
    const fresh = counts({ status: "not-started" });
    expect(describeLessonStatus(fresh).label).toBe("Not started");
    expect(describeLessonStatus(fresh, undefined, true).status).toBe("in-progress");
    expect(describeLessonStatus(counts({ status: "not-started", exercisesTotal: 0, quizTotal: 0 }), undefined, true).status).toBe("completed");
  });

  it("keeps the server's verdict once the learner has started", () => {
    expect(describeLessonStatus(counts({ status: "completed", exercisesPassed: 1, quizAnswered: 4 }), undefined, true)).toMatchObject({
      status: "completed",
      label: "Complete",
      parts: ["1 of 1 exercise passed", "quiz answered"],
    });
  });
});
