import type { CompletionRule } from "@/lib/progress/completion";
import { describeLessonStatus, type LessonCounts } from "./lesson-status";
import styles from "./lesson-page.module.css";

const MARK = { "not-started": "○", "in-progress": "◐", completed: "✓" } as const;

/** "In progress · 0 of 1 exercise passed, 2 of 4 quiz questions answered" under the lesson title. */
export function LessonStatusLine({ counts, rule }: { counts: LessonCounts; rule?: CompletionRule }) {
  const view = describeLessonStatus(counts, rule, true);
  return (
    <p className={styles.status} data-testid="lesson-status" data-status={view.status}>
      <span className={styles.statusBadge} data-status={view.status}>
        <span aria-hidden="true">{MARK[view.status]} </span>
        {view.label}
      </span>
      {view.parts.length > 0 && <span className={styles.statusDetail}>{view.parts.join(", ")}</span>}
    </p>
  );
}
