import type { QuizSpec } from "@/lib/quiz/schema";
import { toPublicQuiz } from "@/lib/quiz/public";
import { Quiz } from "./Quiz";
import { toQuestionView } from "./view";

interface Props {
  lessonId: string;
  quiz: QuizSpec | null;
  signedIn: boolean;
  /** Question ids to place, in order; all of the quiz when absent. */
  questions?: string[];
}

/**
 * Server side of `<Quiz>`: the only place a quiz crosses to the browser, and it goes through
 * toPublicQuiz, so answer keys, feedback and explanations stay on the server.
 */
export function QuizBlock({ lessonId, quiz, signedIn, questions }: Props) {
  if (!quiz) return null;
  const views = toPublicQuiz(quiz, questions).questions.map(toQuestionView);
  return <Quiz lessonId={lessonId} questions={views} signedIn={signedIn} />;
}
