import type { QuizAnswer, QuizQuestion, QuizSpec } from "./schema";

export interface GradeResult {
  correct: boolean;
  /** Feedback for each option (or true/false choice) the learner picked that has some. */
  feedback: Array<{ optionId: string; text: string }>;
  /** The right option ids; for truefalse "true" or "false"; empty for numeric questions. */
  correctOptionIds: string[];
  /** The right number, for numeric questions. */
  correctValue?: number;
  explanation: string;
}

/** The answer does not fit the question (unknown question, wrong type, unknown option). */
export class InvalidAnswerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidAnswerError";
  }
}

function findQuestion(spec: QuizSpec, questionId: string): QuizQuestion {
  const q = spec.questions.find((x) => x.id === questionId);
  if (!q) throw new InvalidAnswerError(`There is no question "${questionId}" in this quiz.`);
  return q;
}

function chosenOptions(q: QuizQuestion & { type: "single" | "multiple" }, answer: QuizAnswer): string[] {
  const ids = q.type === "single" ? (typeof answer === "string" ? [answer] : null) : Array.isArray(answer) ? answer : null;
  if (!ids) throw new InvalidAnswerError(q.type === "single" ? "Choose one option." : "Choose a list of options.");
  const unknown = ids.find((id) => !q.options.some((o) => o.id === id));
  if (unknown) throw new InvalidAnswerError(`"${unknown}" is not an option of this question.`);
  return [...new Set(ids)];
}

/** Grades one answer. Pure: the server action decides what to store and what to reveal. */
export function grade(spec: QuizSpec, questionId: string, answer: QuizAnswer): GradeResult {
  const q = findQuestion(spec, questionId);
  switch (q.type) {
    case "single":
    case "multiple": {
      const chosen = chosenOptions(q, answer);
      const correctOptionIds = q.options.filter((o) => o.correct).map((o) => o.id);
      const correct = chosen.length === correctOptionIds.length && chosen.every((id) => correctOptionIds.includes(id));
      const feedback = q.options
        .filter((o) => chosen.includes(o.id) && o.feedback)
        .map((o) => ({ optionId: o.id, text: o.feedback as string }));
      return { correct, feedback, correctOptionIds, explanation: q.explanation };
    }
    case "truefalse": {
      if (typeof answer !== "boolean") throw new InvalidAnswerError("Answer true or false.");
      const key = answer ? "true" : "false";
      const text = q.feedback?.[key];
      return {
        correct: answer === q.answer,
        feedback: text ? [{ optionId: key, text }] : [],
        correctOptionIds: [String(q.answer)],
        explanation: q.explanation,
      };
    }
    case "numeric": {
      if (typeof answer !== "number" || !Number.isFinite(answer)) throw new InvalidAnswerError("Answer with a number.");
      // A little slack for binary floating point (0.1 + 0.2) on top of the author's tolerance.
      const slack = 1e-9 * Math.max(1, Math.abs(q.answer));
      const correct = Math.abs(answer - q.answer) <= q.tolerance + slack;
      return { correct, feedback: [], correctOptionIds: [], correctValue: q.answer, explanation: q.explanation };
    }
  }
}

/** The misconception tags an answer reveals (for instructor analytics; never sent to learners). */
export function misconceptionsOf(spec: QuizSpec, questionId: string, answer: QuizAnswer): string[] {
  const q = findQuestion(spec, questionId);
  if (q.type === "truefalse") return answer !== q.answer && q.misconception ? [q.misconception] : [];
  if (q.type === "numeric") return [];
  const chosen = chosenOptions(q, answer);
  return q.options.flatMap((o) => (chosen.includes(o.id) && !o.correct && o.misconception ? [o.misconception] : []));
}
