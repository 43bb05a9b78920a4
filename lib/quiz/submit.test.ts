import { describe, expect, it } from "vitest";
import { sampleQuiz } from "./fixtures";
import { createLimiter } from "@/lib/http/rate-limiter";
import { submitAnswer, type SubmitDeps } from "./submit";

function deps(userId: string | null = "u1") {
  const saved: Array<{ questionId: string; answer: unknown; correct: boolean }> = [];
  const d: SubmitDeps = {
    currentUserId: async () => userId,
    findQuiz: async (lessonId) => (lessonId === "tensors" ? sampleQuiz() : null),
    countWrongAttempts: async (_u, _l, questionId) => saved.filter((a) => a.questionId === questionId && !a.correct).length,
    saveAttempt: async (a) => void saved.push(a),
  };
  return { d, saved };
}

describe("submitAnswer", () => {
  it("refuses answers past the per-learner limit with a clear message, storing none of them", async () => {
    const { d, saved } = deps();
    const limiter = createLimiter(2);
    d.allowAttempt = (userId) => limiter.take(userId).ok;
    const answer = { lessonId: "tensors", questionId: "rank-of-batch", answer: "two" };
    expect((await submitAnswer(d, answer)).status).toBe("graded");
    expect((await submitAnswer(d, answer)).status).toBe("graded");
    expect(await submitAnswer(d, answer)).toEqual({ status: "invalid", message: expect.stringMatching(/lot of answers in one minute/) });
    expect(saved).toHaveLength(2);
  });

  it("tells a signed-out caller to sign in and stores nothing", async () => {
    const { d, saved } = deps(null);
    const result = await submitAnswer(d, { lessonId: "tensors", questionId: "rank-of-batch", answer: "three" });
    expect(result).toEqual({ status: "signed-out", message: expect.stringMatching(/Sign in/) });
    expect(saved).toEqual([]);
  });

  it("rejects malformed input, unknown lessons and answers that do not fit", async () => {
    const { d, saved } = deps();
    expect((await submitAnswer(d, { lessonId: "tensors", questionId: "rank-of-batch", answer: { x: 1 } })).status).toBe("invalid");
    expect((await submitAnswer(d, { lessonId: "../etc", questionId: "q", answer: "a" })).status).toBe("invalid");
    expect(await submitAnswer(d, { lessonId: "other", questionId: "rank-of-batch", answer: "three" })).toEqual({ status: "invalid", message: "This lesson has no quiz." });
    expect(await submitAnswer(d, { lessonId: "tensors", questionId: "mean-value", answer: "2.5" })).toEqual({ status: "invalid", message: "Answer with a number." });
    expect(saved).toEqual([]);
  });

  it("stores every attempt and returns feedback as HTML", async () => {
    const { d, saved } = deps();
    const result = await submitAnswer(d, { lessonId: "tensors", questionId: "rank-of-batch", answer: "two" });
    expect(result).toMatchObject({
      status: "graded",
      correct: false,
      feedback: [{ optionId: "two", html: "A single image is rank 2; the batch adds one." }],
      explanationHtml: "Each axis adds one to the rank.",
    });
    await submitAnswer(d, { lessonId: "tensors", questionId: "rank-of-batch", answer: "three" });
    expect(saved).toEqual([
      { userId: "u1", lessonId: "tensors", questionId: "rank-of-batch", answer: "two", correct: false },
      { userId: "u1", lessonId: "tensors", questionId: "rank-of-batch", answer: "three", correct: true },
    ]);
  });

  it("reveals the right answer only when correct or after two wrong attempts", async () => {
    const { d } = deps();
    const ask = (answer: number) => submitAnswer(d, { lessonId: "tensors", questionId: "mean-value", answer });
    expect(await ask(1)).toMatchObject({ correct: false, correctValue: null, correctOptionIds: null });
    expect(await ask(2)).toMatchObject({ correct: false, correctValue: 2.5, correctOptionIds: [] });
    const right = await submitAnswer(d, { lessonId: "tensors", questionId: "rank-of-batch", answer: "three" });
    expect(right).toMatchObject({ correct: true, correctOptionIds: ["three"] });
  });
});
