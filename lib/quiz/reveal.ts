import type { GradeResult } from "./grade";

/**
 * When the right answer is shown (our SHOWANSWER rule): after a correct answer, or once the learner
 * has answered this question wrongly this many times. Before that they see whether they were right,
 * the feedback on what they chose and the explanation, and can try again.
 */
export const REVEAL_AFTER_WRONG_ATTEMPTS = 2;

export interface RevealedGrade extends Omit<GradeResult, "correctOptionIds" | "correctValue"> {
  /** Null until the answer may be revealed. */
  correctOptionIds: string[] | null;
  correctValue: number | null;
}

export function applyRevealRule(result: GradeResult, wrongAttemptsIncludingThis: number): RevealedGrade {
  const reveal = result.correct || wrongAttemptsIncludingThis >= REVEAL_AFTER_WRONG_ATTEMPTS;
  return {
    ...result,
    correctOptionIds: reveal ? result.correctOptionIds : null,
    correctValue: reveal ? (result.correctValue ?? null) : null,
  };
}
