import { describe, expect, it } from "vitest";
import { sampleQuiz } from "./fixtures";
import { grade, InvalidAnswerError, misconceptionsOf } from "./grade";

const quiz = sampleQuiz();

describe("grade", () => {
  it("grades single choice with the chosen option's feedback", () => {
    expect(grade(quiz, "rank-of-batch", "two")).toEqual({
      correct: false,
      feedback: [{ optionId: "two", text: "A single image is rank 2; the batch adds one." }],
      correctOptionIds: ["three"],
      explanation: "Each axis adds one to the rank.",
    });
    expect(grade(quiz, "rank-of-batch", "three").correct).toBe(true);
    expect(grade(quiz, "rank-of-batch", "four").feedback).toEqual([]);
  });

  it("grades multiple choice as all-and-only the correct options", () => {
    expect(grade(quiz, "tensor-facts", ["size-four", "rank-two"]).correct).toBe(true);
    expect(grade(quiz, "tensor-facts", ["rank-two"]).correct).toBe(false);
    const extra = grade(quiz, "tensor-facts", ["rank-two", "size-four", "shape-four"]);
    expect(extra.correct).toBe(false);
    expect(extra.feedback.map((f) => f.optionId)).toEqual(["rank-two", "shape-four"]);
    expect(extra.correctOptionIds).toEqual(["rank-two", "size-four"]);
  });

  it("grades true/false with feedback for the chosen value", () => {
    expect(grade(quiz, "gradient-sign", true)).toMatchObject({ correct: false, feedback: [{ optionId: "true", text: "It moves against it." }], correctOptionIds: ["false"] });
    expect(grade(quiz, "gradient-sign", false).correct).toBe(true);
  });

  it("grades numbers within the tolerance", () => {
    expect(grade(quiz, "mean-value", 2.5)).toMatchObject({ correct: true, correctValue: 2.5, correctOptionIds: [] });
    expect(grade(quiz, "mean-value", 2.509).correct).toBe(true);
    expect(grade(quiz, "mean-value", 2.52).correct).toBe(false);
  });

  it("rejects answers that do not fit the question", () => {
    expect(() => grade(quiz, "no-such-question", "a")).toThrow(InvalidAnswerError);
    expect(() => grade(quiz, "rank-of-batch", ["three"])).toThrow("Choose one option.");
    expect(() => grade(quiz, "rank-of-batch", "five")).toThrow('"five" is not an option');
    expect(() => grade(quiz, "gradient-sign", "false")).toThrow(InvalidAnswerError);
    expect(() => grade(quiz, "mean-value", "2.5")).toThrow(InvalidAnswerError);
  });

  it("lists the misconceptions a wrong answer reveals", () => {
    expect(misconceptionsOf(quiz, "rank-of-batch", "two")).toEqual(["shape-confusion"]);
    expect(misconceptionsOf(quiz, "rank-of-batch", "three")).toEqual([]);
    expect(misconceptionsOf(quiz, "gradient-sign", true)).toEqual(["gradient-direction"]);
    expect(misconceptionsOf(quiz, "gradient-sign", false)).toEqual([]);
  });
});
