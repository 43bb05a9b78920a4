import type { QuizQuestion, QuizSpec } from "./schema";

/** What the browser may see of a question: built field by field, so a new secret field never leaks. */
export type PublicQuestion =
  | { id: string; type: "single" | "multiple"; prompt: string; options: Array<{ id: string; text: string }> }
  | { id: string; type: "truefalse"; prompt: string }
  | { id: string; type: "numeric"; prompt: string };

export interface PublicQuiz {
  questions: PublicQuestion[];
}

function toPublicQuestion(q: QuizQuestion): PublicQuestion {
  switch (q.type) {
    case "single":
    case "multiple":
      return { id: q.id, type: q.type, prompt: q.prompt, options: q.options.map((o) => ({ id: o.id, text: o.text })) };
    case "truefalse":
      return { id: q.id, type: q.type, prompt: q.prompt };
    case "numeric":
      return { id: q.id, type: q.type, prompt: q.prompt };
  }
}

/** The quiz without answer keys, feedback, explanations or misconception tags. */
export function toPublicQuiz(spec: QuizSpec, questionIds?: readonly string[]): PublicQuiz {
  const questions = questionIds
    ? questionIds.flatMap((id) => spec.questions.filter((q) => q.id === id))
    : spec.questions;
  return { questions: questions.map(toPublicQuestion) };
}
