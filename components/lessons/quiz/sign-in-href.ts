/** Where "Sign in to answer" leads: back to the same question afterwards. (Kept apart from view.ts,
 * which renders markdown with KaTeX on the server, so the browser bundle does not pull KaTeX in.) */
export const signInHref = (lessonId: string, questionId: string) =>
  `/signin?callbackUrl=${encodeURIComponent(`/lessons/${lessonId}#quiz-${questionId}`)}`;
