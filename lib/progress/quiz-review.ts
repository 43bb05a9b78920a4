import { describeAnswer } from "@/lib/analytics/answers";
import { inlineMarkdownToHtml } from "@/lib/quiz/inline";
import { REVEAL_AFTER_WRONG_ATTEMPTS } from "@/lib/quiz/reveal";
import type { QuizQuestion, QuizSpec } from "@/lib/quiz/schema";

export interface ReviewAttempt {
  lessonId: string;
  questionId: string;
  answer: unknown;
  correct: boolean;
  createdAt: Date;
}

interface WrongAnswer {
  questionId: string;
  promptHtml: string;
  yourAnswer: string;
  explanationHtml: string;
  /** Null until the quiz's reveal rule allows it (answered right once, or wrong twice). */
  correctAnswer: string | null;
  laterCorrect: boolean;
}

export interface QuizScore {
  lessonId: string;
  lessonTitle: string;
  total: number;
  answered: number;
  /** Questions whose latest answer is right. */
  correct: number;
  wrong: WrongAnswer[];
}

function rightAnswer(q: QuizQuestion): string {
  if (q.type === "truefalse") return q.answer ? "True" : "False";
  if (q.type === "numeric") return q.tolerance > 0 ? `${q.answer} (± ${q.tolerance})` : String(q.answer);
  return q.options.filter((o) => o.correct).map((o) => o.text).join("; ");
}

/**
 * A learner's quiz results for one lesson. Only questions they answered appear, so explanations
 * and keys of unanswered questions never leave the server; the right answer follows the reveal rule.
 */
export function reviewQuiz(lesson: { id: string; title: string; quiz: QuizSpec }, attempts: readonly ReviewAttempt[]): QuizScore {
  const mine = attempts.filter((a) => a.lessonId === lesson.id).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  let answered = 0;
  let correct = 0;
  const wrong: WrongAnswer[] = [];
  for (const q of lesson.quiz.questions) {
    const list = mine.filter((a) => a.questionId === q.id);
    if (list.length === 0) continue;
    answered += 1;
    if (list[list.length - 1]!.correct) correct += 1;
    const wrongs = list.filter((a) => !a.correct);
    if (wrongs.length === 0) continue;
    const everCorrect = list.some((a) => a.correct);
    const reveal = everCorrect || wrongs.length >= REVEAL_AFTER_WRONG_ATTEMPTS;
    wrong.push({
      questionId: q.id,
      promptHtml: inlineMarkdownToHtml(q.prompt),
      yourAnswer: describeAnswer(lesson.quiz, q.id, wrongs[wrongs.length - 1]!.answer),
      explanationHtml: inlineMarkdownToHtml(q.explanation),
      correctAnswer: reveal ? rightAnswer(q) : null,
      laterCorrect: everCorrect && list.findLastIndex((a) => a.correct) > list.findLastIndex((a) => !a.correct),
    });
  }
  return { lessonId: lesson.id, lessonTitle: lesson.title, total: lesson.quiz.questions.length, answered, correct, wrong };
}
