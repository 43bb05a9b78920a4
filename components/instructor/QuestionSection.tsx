import { plainText } from "@/lib/analytics/answers";
import type { QuestionStats } from "@/lib/analytics/item-analysis";
import { BarChart } from "./BarChart";
import styles from "./analysis.module.css";

const percent = (x: number | null) => (x === null ? "—" : `${Math.round(x * 100)}%`);
const short = (text: string) => (text.length > 70 ? `${text.slice(0, 67)}…` : text);

/**
 * Per answered question: share right on the first try, and how the answers were distributed.
 * Questions nobody answered are only counted (a full course has hundreds).
 */
export function QuestionSection({ questions, unanswered }: { questions: QuestionStats[]; unanswered: number }) {
  const answered = questions;
  return (
    <section className={styles.section} aria-labelledby="questions-heading">
      <h2 id="questions-heading">Questions</h2>
      <p className={styles.muted}>
        {answered.length === 0 ? "Nobody in this cohort has answered these questions yet." : `${answered.length} question${answered.length === 1 ? "" : "s"} answered`}
        {unanswered > 0 && answered.length > 0 ? `; ${unanswered} not answered by anyone yet (not shown).` : answered.length > 0 ? "." : ""}
      </p>
      {answered.length > 0 && (
        <BarChart
          labels={answered.map((q) => short(plainText(q.prompt)))}
          series={[{ label: "Right on the first try", data: answered.map((q) => q.firstAttemptCorrectShare ?? 0) }]}
          percent
          xTitle="Share of learners right on their first try"
          summary={`Bar chart of the share of learners right on their first try for ${answered.length} questions. Each question's numbers are in the tables below.`}
        />
      )}
      <ol className={styles.questions}>
        {questions.map((q) => (
          <li key={`${q.lessonId}/${q.questionId}`} className={styles.question} data-testid={`question-${q.questionId}`}>
            <h3 className={styles.questionTitle}>
              <span className={styles.lesson}>{q.lessonTitle}</span> {plainText(q.prompt)}
            </h3>
            <p className={styles.muted}>
              {`${q.learnersAnswered} learner${q.learnersAnswered === 1 ? "" : "s"} · ${q.attempts} attempt${q.attempts === 1 ? "" : "s"} · right on the first try: ${q.firstAttemptCorrect} (${percent(q.firstAttemptCorrectShare)})`}
            </p>
            {q.options.length > 0 && <AnswerTable question={q} />}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** How often each option (or numeric answer) was chosen, first try and ever, with its misconception. */
function AnswerTable({ question: q }: { question: QuestionStats }) {
  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={`Answers to: ${short(plainText(q.prompt))}`}>
      <table className={styles.table}>
        <caption className="visually-hidden">Answers chosen for this question</caption>
        <thead>
          <tr><th scope="col">{q.type === "numeric" ? "Answer given" : "Option"}</th><th scope="col" className={styles.num}>First try</th><th scope="col" className={styles.num}>Ever chose</th><th scope="col">Misconception</th></tr>
        </thead>
        <tbody>
          {q.options.map((o) => {
            const width = q.learnersAnswered === 0 ? 0 : (o.firstChoices / q.learnersAnswered) * 6;
            return (
              <tr key={o.id}>
                <th scope="row" className={o.correct ? styles.correct : undefined}>
                  {plainText(o.text)} {o.correct && <span className={styles.correctMark}>(right answer)</span>}
                </th>
                <td className={styles.num}>
                  <span className={styles.barCell}>
                    <span className={styles.inlineBar} style={{ width: `${width}rem` }} aria-hidden="true" />
                    {o.firstChoices}
                  </span>
                </td>
                <td className={styles.num}>{o.learners}</td>
                <td>{o.misconception ? <code className={styles.tag}>{o.misconception}</code> : ""}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
