import type { QuizAnswer } from "@/lib/quiz/schema";
import type { SubmitQuizResult } from "@/lib/quiz/submit";
import type { QuestionView } from "./view";

export type Graded = Extract<SubmitQuizResult, { status: "graded" }>;

/** What the learner has entered so far, per question type. */
export type Draft = { choice: string | null; choices: string[]; number: string };

export const emptyDraft = (): Draft => ({ choice: null, choices: [], number: "" });

/** The answer to submit, or null while the draft is incomplete. */
export function draftToAnswer(question: QuestionView, draft: Draft): QuizAnswer | null {
  switch (question.type) {
    case "single":
      return draft.choice;
    case "multiple":
      return draft.choices.length > 0 ? draft.choices : null;
    case "truefalse":
      return draft.choice === null ? null : draft.choice === "true";
    case "numeric": {
      const text = draft.number.trim().replace(",", ".");
      const value = Number(text);
      return text !== "" && Number.isFinite(value) ? value : null;
    }
  }
}

/** Ids the learner chose, to place feedback next to them ("true"/"false" for truefalse). */
export function chosenIds(question: QuestionView, draft: Draft): string[] {
  if (question.type === "multiple") return draft.choices;
  return draft.choice ? [draft.choice] : [];
}

/**
 * Whether a chosen option is shown as right or wrong. Only what the grade tells: a wrong multiple-choice
 * answer does not say which of its options were wrong until the right answer may be revealed.
 */
export function optionVerdict(question: QuestionView, graded: Graded | null, chosen: boolean, optionId: string): "right" | "wrong" | null {
  if (!graded || !chosen) return null;
  if (graded.correctOptionIds) return graded.correctOptionIds.includes(optionId) ? "right" : "wrong";
  if (graded.correct) return "right";
  return question.type === "multiple" ? null : "wrong";
}
