import Link from "next/link";
import type { CohortOverview, OverviewLearner } from "@/lib/analytics/overview";
import { RemoveMemberButton } from "./RemoveMemberButton";
import type { ColumnSet } from "./overview-view";
import styles from "./instructor.module.css";

const STATUS = {
  completed: { mark: "✓", text: "completed", className: styles.completed },
  "in-progress": { mark: "…", text: "in progress", className: styles.inProgress },
  "not-started": { mark: "–", text: "not started", className: styles.notStarted },
} as const;

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : "never");

interface Props {
  cohortId: string;
  learner: OverviewLearner;
  overview: Pick<CohortOverview, "stages" | "lessons" | "assignments">;
  columns: ColumnSet;
  /** 1-based position among all the table's rows (aria-rowindex), as rows may be virtualised. */
  rowIndex: number;
  /** The virtualiser's measuring ref, when rows are virtualised; dataIndex is this row's index for it. */
  measure?: (element: Element | null) => void;
  dataIndex: number;
}

/** One learner: name and email, activity, lessons done, then a cell per stage or per lesson. */
export function OverviewRow({ cohortId, learner: l, overview, columns, rowIndex, measure, dataIndex }: Props) {
  return (
    <tr data-testid="learner-row" data-learner-email={l.email} aria-rowindex={rowIndex} ref={measure} data-index={dataIndex}>
      <th scope="row">
        <Link href={`/instructor/cohorts/${cohortId}/learners/${l.id}`}>{l.name}</Link>
        <div className={styles.email}>{l.email}</div>
      </th>
      <td>
        <div className={styles.lastActive}>
          <span className={`${styles.badge} ${l.active ? styles.active : styles.inactive}`}>{l.active ? "Active" : "Inactive"}</span>
          <span className={styles.muted}>{day(l.lastActiveAt)}</span>
        </div>
      </td>
      <td className={styles.num} data-testid="completed-count">{l.completed} / {overview.lessons.length}</td>
      {overview.assignments.length > 0 && <AssignmentCell learner={l} />}
      {columns === "stages"
        ? overview.stages.map((s, i) => <StageCell key={String(s.key)} done={l.stageCompleted[i] ?? 0} of={s.lessons} />)
        : l.statuses.map((status, i) => (
            <StatusCell key={overview.lessons[i]!.id} status={status} stageStart={i === 0 || overview.lessons[i - 1]!.stage !== overview.lessons[i]!.stage} />
          ))}
      <td><RemoveMemberButton cohortId={cohortId} userId={l.id} name={l.name} /></td>
    </tr>
  );
}

/** Done on time, done late and missing (past due, not done), with what is not yet due. */
function AssignmentCell({ learner: l }: { learner: OverviewLearner }) {
  const { onTime, late, missing, open } = l.assignmentCounts;
  return (
    <td data-testid="assignment-counts">
      <span className={styles.assignmentCounts}>
        <span>{onTime} on time</span>
        {late > 0 && <span className={styles.late}>{late} late</span>}
        {missing > 0 && <span className={styles.missing}>{missing} missing</span>}
        {open > 0 && <span className={styles.muted}>{open} not yet due</span>}
      </span>
    </td>
  );
}

function StageCell({ done, of }: { done: number; of: number }) {
  return (
    <td>
      <div className={styles.stageCell}>
        <span>{done} / {of}</span>
        <div className={styles.miniTrack} aria-hidden="true"><div className={styles.miniFill} style={{ width: `${(done / Math.max(1, of)) * 100}%` }} /></div>
      </div>
    </td>
  );
}

function StatusCell({ status, stageStart }: { status: keyof typeof STATUS; stageStart: boolean }) {
  return (
    <td className={`${styles.heatCell} ${stageStart ? styles.stageStart : ""}`}>
      <span className={`${styles.cell} ${STATUS[status].className}`} title={STATUS[status].text}>
        <span aria-hidden="true">{STATUS[status].mark}</span>
        <span className="visually-hidden">{STATUS[status].text}</span>
      </span>
    </td>
  );
}

/** What the per-lesson marks mean (screen readers get the words in each cell instead). */
export function StatusLegend() {
  return (
    <p className={styles.legend} aria-hidden="true">
      {Object.values(STATUS).map((s) => (
        <span key={s.text}><span className={`${styles.cell} ${s.className}`}>{s.mark}</span>{s.text}</span>
      ))}
    </p>
  );
}
