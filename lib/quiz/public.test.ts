import { describe, expect, it } from "vitest";
import { sampleQuiz } from "./fixtures";
import { toPublicQuiz } from "./public";

describe("toPublicQuiz", () => {
  const quiz = sampleQuiz();
  const json = JSON.stringify(toPublicQuiz(quiz));

  it("keeps prompts and options", () => {
    expect(toPublicQuiz(quiz).questions[0]).toEqual({
      id: "rank-of-batch",
      type: "single",
      prompt: "A batch of 32 grayscale 28×28 images has which rank?",
      options: [{ id: "two", text: "2" }, { id: "three", text: "3" }, { id: "four", text: "4" }],
    });
  });

  it("serialises without any answer key, feedback, explanation or misconception", () => {
    for (const key of ["correct", "answer", "tolerance", "feedback", "misconception", "explanation"]) {
      expect(json).not.toContain(`"${key}"`);
    }
    for (const secret of ["Batch, height, width.", "Each axis adds one", "It moves against it.", "shape-confusion", "gradient-direction", "2.5", "10 / 4"]) {
      expect(json).not.toContain(secret);
    }
  });

  it("places a subset of questions in the order asked for", () => {
    expect(toPublicQuiz(quiz, ["mean-value", "rank-of-batch"]).questions.map((q) => q.id)).toEqual(["mean-value", "rank-of-batch"]);
  });
});
