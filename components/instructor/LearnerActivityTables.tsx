import type { LearnerDetail } from "@/lib/analytics/learner-detail";
import styles from "./detail.module.css";

const EVENT_TEXT: Record<string, (ok: boolean | null) => string> = {
  "lesson-opened": () => "opened the lesson",
  "cell-run": (ok) => (ok ? "ran a cell" : "cell error"),
  "exercise-check": (ok) => (ok ? "check passed" : "check failed"),
  "hint-viewed": () => "viewed a hint",
  "solution-viewed": () => "viewed the solution",
};

const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

/** "Showing the latest 200 of 1,234" when a list is cut, with where to find the rest. */
function Truncated({ shown, total, what, testId }: { shown: number; total: number; what: string; testId: string }) {
  if (shown >= total) return null;
  return (
    <p className={styles.note} data-testid={testId}>
      Showing the latest {shown.toLocaleString("en")} of {total.toLocaleString("en")} {what}; the cohort&apos;s CSV export has them all.
    </p>
  );
}

/** The learner's exercise events and quiz attempts, newest first (the latest of each; totals say how many). */
export function LearnerActivityTables({ events, attempts, totals }: Pick<LearnerDetail, "events" | "attempts" | "totals">) {
  return (
    <>
      <section className={styles.section} aria-labelledby="events-heading">
        <h2 id="events-heading">Exercise events</h2>
        <Truncated shown={events.length} total={totals.events} what="exercise events" testId="events-truncated" />
        {events.length === 0 ? (
          <p>No exercise checks, hints or solutions yet.</p>
        ) : (
          <div className={styles.scroll} tabIndex={0} role="region" aria-label="Exercise events table">
            <table className={styles.table} data-testid="learner-events">
              <caption className="visually-hidden">Exercise checks, hints and solutions, newest first (times in UTC)</caption>
              <thead><tr><th scope="col">When (UTC)</th><th scope="col">Lesson</th><th scope="col">Exercise</th><th scope="col">What</th></tr></thead>
              <tbody>
                {events.map((e) => (
                  <tr key={e.id}>
                    <td>{when(e.at)}</td>
                    <td>{e.lessonTitle}</td>
                    <td><code>{e.target}</code></td>
                    <td className={e.type === "exercise-check" ? (e.ok ? styles.good : styles.bad) : undefined}>{(EVENT_TEXT[e.type] ?? (() => e.type))(e.ok)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className={styles.section} aria-labelledby="attempts-heading">
        <h2 id="attempts-heading">Quiz attempts</h2>
        <Truncated shown={attempts.length} total={totals.attempts} what="quiz answers" testId="attempts-truncated" />
        {attempts.length === 0 ? (
          <p>No quiz answers yet.</p>
        ) : (
          <div className={styles.scroll} tabIndex={0} role="region" aria-label="Quiz attempts table">
            <table className={styles.table} data-testid="learner-attempts">
              <caption className="visually-hidden">Quiz answers, newest first (times in UTC)</caption>
              <thead><tr><th scope="col">When (UTC)</th><th scope="col">Lesson</th><th scope="col">Question</th><th scope="col">Answer</th><th scope="col">Result</th></tr></thead>
              <tbody>
                {attempts.map((a) => (
                  <tr key={a.id}>
                    <td>{when(a.at)}</td>
                    <td>{a.lessonTitle}</td>
                    <td>{a.prompt}</td>
                    <td>{a.answer}</td>
                    <td className={a.correct ? styles.good : styles.bad}>{a.correct ? "right" : "wrong"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
