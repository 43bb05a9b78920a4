import { assignmentState, dueText, type AssignmentState } from "@/lib/cohorts/assignment-status";
import styles from "./due-badge.module.css";

const AFTER: Record<AssignmentState, string> = { "on-time": " · done on time", late: " · done late", missing: " · overdue", open: "" };

/** "Due 2026-12-10 23:59 UTC", and once it matters whether it was done in time. */
export function DueBadge({
  lessonId,
  dueAt,
  completedAt,
  cohortName,
  className,
}: {
  lessonId: string;
  dueAt: string;
  completedAt: string | null;
  cohortName?: string;
  className?: string;
}) {
  const state = assignmentState(new Date(dueAt), completedAt ? new Date(completedAt) : null, new Date());
  return (
    <span className={`${styles.due} ${className ?? ""}`} data-state={state} data-testid={`due-${lessonId}`} title={cohortName ? `Set by your instructor for ${cohortName}` : undefined}>
      <time dateTime={dueAt}>{dueText(dueAt)}</time>
      {AFTER[state]}
    </span>
  );
}
