import { formatProblem, type LessonProblem } from "@/lib/lessons/problems";
import styles from "./lesson-page.module.css";

/** Shown instead of a lesson that does not compile, so an author sees why rather than a blank page. */
export function LessonProblemsPanel({ title, problems }: { title: string; problems: LessonProblem[] }) {
  return (
    <section className={styles.problems} role="alert" aria-labelledby="lesson-problems-title" data-testid="lesson-problems">
      <h2 id="lesson-problems-title">{title}</h2>
      <p>Fix these in the lesson files and save (under <code>npm run dev</code> this page updates itself). <code>npm run lessons:check</code> lists the same problems.</p>
      <ul>
        {problems.map((p) => (
          <li key={formatProblem(p)}>
            <code className={styles.problemPlace}>{p.file}{p.line ? `:${p.line}` : ""}</code>
            <span>{p.reason}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
