import Link from "next/link";
import type { QuizScore } from "@/lib/progress/quiz-review";
import styles from "./dashboard.module.css";

/**
 * Quiz scores and the questions answered wrongly, with their explanations. The HTML comes from
 * lib/quiz's inline Markdown renderer, which escapes everything the author wrote.
 */
export function QuizResults({ quizzes }: { quizzes: QuizScore[] }) {
  if (quizzes.length === 0) return <p className={styles.muted}>You have not answered a quiz yet.</p>;
  return (
    <ul className={styles.quizzes}>
      {quizzes.map((q) => (
        <li key={q.lessonId} data-testid={`quiz-${q.lessonId}`}>
          <div className={styles.quizHead}>
            <Link href={`/lessons/${q.lessonId}`}>{q.lessonTitle}</Link>
            <span className={styles.score}>
              {q.correct} of {q.total} right{q.answered < q.total ? ` · ${q.total - q.answered} not answered` : ""}
            </span>
          </div>
          {q.wrong.length > 0 && (
            <details className={styles.wrong}>
              <summary>
                {q.wrong.length} question{q.wrong.length === 1 ? "" : "s"} answered wrongly
              </summary>
              {q.wrong.map((w) => (
                <div key={w.questionId} className={styles.wrongItem} data-testid={`wrong-${w.questionId}`}>
                  <p className={styles.prompt} dangerouslySetInnerHTML={{ __html: w.promptHtml }} />
                  <p>
                    Your answer: <strong>{w.yourAnswer}</strong>
                    {w.laterCorrect && <span className={styles.fixed}> · you got it right later</span>}
                  </p>
                  {w.correctAnswer !== null && (
                    <p>
                      Right answer: <strong>{w.correctAnswer}</strong>
                    </p>
                  )}
                  <p className={styles.explanation} dangerouslySetInnerHTML={{ __html: w.explanationHtml }} />
                </div>
              ))}
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
