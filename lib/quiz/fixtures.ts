import { quizSpecSchema, type QuizSpec } from "./schema";

/** A quiz with one question of each type, shared by the quiz tests. */
export function sampleQuiz(): QuizSpec {
  return quizSpecSchema.parse({
    questions: [
      {
        id: "rank-of-batch",
        type: "single",
        prompt: "A batch of 32 grayscale 28×28 images has which rank?",
        options: [
          { id: "two", text: "2", feedback: "A single image is rank 2; the batch adds one.", misconception: "shape-confusion" },
          { id: "three", text: "3", correct: true, feedback: "Batch, height, width." },
          { id: "four", text: "4" },
        ],
        explanation: "Each axis adds one to the rank.",
      },
      {
        id: "tensor-facts",
        type: "multiple",
        prompt: "Which are true of a [2, 2] tensor?",
        options: [
          { id: "rank-two", text: "Rank 2", correct: true, feedback: "Two axes." },
          { id: "size-four", text: "Size 4", correct: true },
          { id: "shape-four", text: "Shape [4]", feedback: "That is after flattening.", misconception: "shape-confusion" },
        ],
        explanation: "Shape [2, 2], rank 2, size 4.",
      },
      {
        id: "gradient-sign",
        type: "truefalse",
        prompt: "Gradient descent moves along the gradient.",
        answer: false,
        feedback: { true: "It moves against it.", false: "Right." },
        misconception: "gradient-direction",
        explanation: "The gradient points uphill.",
      },
      { id: "mean-value", type: "numeric", prompt: "Mean of [1, 2, 3, 4]?", answer: 2.5, tolerance: 0.01, explanation: "10 / 4 = 2.5" },
    ],
  });
}
