import { describe, expect, it } from "vitest";
import { createQuizSpecSchema, quizSpecSchema } from "./schema";

const single = (options: unknown[]) => ({ id: "q", type: "single", prompt: "P?", explanation: "E.", options });

function messages(input: unknown, known: string[] | null = null): string[] {
  const result = createQuizSpecSchema(known ? new Set(known) : null).safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("quiz schema", () => {
  it("accepts every question type and fills defaults", () => {
    const spec = quizSpecSchema.parse({
      questions: [
        single([{ id: "a", text: "A", correct: true }, { id: "b", text: "B" }]),
        { id: "t", type: "truefalse", prompt: "P?", answer: true, explanation: "E." },
        { id: "n", type: "numeric", prompt: "P?", answer: 3, explanation: "E." },
      ],
    });
    const [q, , n] = spec.questions;
    expect(q?.type === "single" && q.options[1]?.correct).toBe(false);
    expect(n?.type === "numeric" && n.tolerance).toBe(0);
  });

  it("requires exactly one correct option for single choice", () => {
    expect(messages({ questions: [single([{ id: "a", text: "A" }, { id: "b", text: "B" }])] })).toEqual([
      "questions.0.options: a single-choice question needs exactly one correct option (found 0)",
    ]);
    expect(messages({ questions: [single([{ id: "a", text: "A", correct: true }, { id: "b", text: "B", correct: true }])] })).toEqual([
      "questions.0.options: a single-choice question needs exactly one correct option (found 2)",
    ]);
  });

  it("requires a correct option for multiple choice and two options at least", () => {
    const multiple = { id: "m", type: "multiple", prompt: "P?", explanation: "E.", options: [{ id: "a", text: "A" }, { id: "b", text: "B" }] };
    expect(messages({ questions: [multiple] })).toEqual(["questions.0.options: a multiple-choice question needs at least one correct option"]);
    expect(messages({ questions: [single([{ id: "a", text: "A", correct: true }])] })).toContain("questions.0.options: needs at least two options");
  });

  it("rejects duplicate question and option ids, and ids that are not slugs", () => {
    const q = single([{ id: "a", text: "A", correct: true }, { id: "a", text: "B" }]);
    expect(messages({ questions: [q, { ...q, options: [{ id: "x", text: "X", correct: true }, { id: "y", text: "Y" }] }] })).toEqual([
      'questions.0.options.1.id: duplicate option id "a"',
      'questions.1.id: duplicate question id "q"',
    ]);
    expect(messages({ questions: [{ ...q, id: "Question 1" }] })[0]).toMatch(/^questions.0.id: must be lowercase/);
  });

  it("checks misconception tags against the registry, on wrong options only", () => {
    const q = single([{ id: "a", text: "A", correct: true }, { id: "b", text: "B", misconception: "made-up" }]);
    expect(messages({ questions: [q] }, ["shape-confusion"])).toEqual([
      'questions.0.options.1.misconception: unknown misconception tag "made-up" (add it to misconceptions.yaml first)',
    ]);
    expect(messages({ questions: [q] }, ["made-up"])).toEqual([]);
    const onCorrect = single([{ id: "a", text: "A", correct: true, misconception: "made-up" }, { id: "b", text: "B" }]);
    expect(messages({ questions: [onCorrect] }, ["made-up"])).toEqual(["questions.0.options.0.misconception: only wrong options carry a misconception"]);
  });

  it("rejects unknown types and fields, and a missing explanation", () => {
    expect(messages({ questions: [{ id: "q", type: "essay", prompt: "P?", explanation: "E." }] })[0]).toMatch(/type must be one of/);
    expect(messages({ questions: [{ id: "t", type: "truefalse", prompt: "P?", answer: "yes", explanation: "E." }] })).toEqual([
      "questions.0.answer: answer must be true or false",
    ]);
    expect(messages({ questions: [{ id: "n", type: "numeric", prompt: "P?", answer: 1, explanation: "E.", hint: "x" }] })[0]).toMatch(/hint/);
    expect(messages({ questions: [{ id: "n", type: "numeric", prompt: "P?", answer: 1 }] })[0]).toMatch(/^questions.0.explanation/);
  });
});
