import { z } from "zod";
import { lessonIdSchema } from "@/lib/ids";
import { grade, InvalidAnswerError } from "./grade";
import { inlineMarkdownToHtml } from "./inline";
import { applyRevealRule } from "./reveal";
import { quizAnswerSchema, quizIdSchema, type QuizAnswer, type QuizSpec } from "./schema";

const submitQuizInputSchema = z.object({
  lessonId: lessonIdSchema,
  questionId: quizIdSchema,
  answer: quizAnswerSchema,
});

export type SubmitQuizResult =
  | {
      status: "graded";
      correct: boolean;
      /** Feedback on each chosen option, as HTML rendered from the quiz's inline Markdown. */
      feedback: Array<{ optionId: string; html: string }>;
      /** Null until the reveal rule allows showing the right answer. */
      correctOptionIds: string[] | null;
      correctValue: number | null;
      explanationHtml: string;
    }
  | { status: "signed-out"; message: string }
  | { status: "invalid"; message: string };

/** What submitting needs from the outside world; the server action passes the real ones. */
export interface SubmitDeps {
  /** The signed-in user's id, or null. */
  currentUserId(): Promise<string | null>;
  /** Per-learner rate limit on graded answers; absent means unlimited. */
  allowAttempt?(userId: string): boolean;
  /** The quiz of a lesson this user may open, or null. */
  findQuiz(lessonId: string, userId: string): Promise<QuizSpec | null>;
  countWrongAttempts(userId: string, lessonId: string, questionId: string): Promise<number>;
  saveAttempt(attempt: { userId: string; lessonId: string; questionId: string; answer: QuizAnswer; correct: boolean }): Promise<void>;
}

/** Validates, grades, stores the attempt (every attempt is kept) and applies the reveal rule. */
export async function submitAnswer(deps: SubmitDeps, raw: unknown): Promise<SubmitQuizResult> {
  const parsed = submitQuizInputSchema.safeParse(raw);
  if (!parsed.success) return { status: "invalid", message: "That answer could not be read. Choose an option or enter a number." };
  const { lessonId, questionId, answer } = parsed.data;

  const userId = await deps.currentUserId();
  if (!userId) return { status: "signed-out", message: "Sign in to answer: your answers are saved to your account." };
  if (deps.allowAttempt && !deps.allowAttempt(userId)) {
    return { status: "invalid", message: "That is a lot of answers in one minute. Take a breath and try again in a moment." };
  }

  const quiz = await deps.findQuiz(lessonId, userId);
  if (!quiz) return { status: "invalid", message: "This lesson has no quiz." };
  let result;
  try {
    result = grade(quiz, questionId, answer);
  } catch (error) {
    if (error instanceof InvalidAnswerError) return { status: "invalid", message: error.message };
    throw error;
  }
  const wrongBefore = result.correct ? 0 : await deps.countWrongAttempts(userId, lessonId, questionId);
  await deps.saveAttempt({ userId, lessonId, questionId, answer, correct: result.correct });
  const revealed = applyRevealRule(result, result.correct ? 0 : wrongBefore + 1);
  return {
    status: "graded",
    correct: revealed.correct,
    feedback: revealed.feedback.map((f) => ({ optionId: f.optionId, html: inlineMarkdownToHtml(f.text) })),
    correctOptionIds: revealed.correctOptionIds,
    correctValue: revealed.correctValue,
    explanationHtml: inlineMarkdownToHtml(revealed.explanation),
  };
}
