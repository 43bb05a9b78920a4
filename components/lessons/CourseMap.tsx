import Link from "next/link";
import type { LessonRecord } from "@/lib/lessons/discover";
import type { LessonStatus } from "@/lib/progress/completion";
import { STAGES, type StageInfo } from "@/lib/lessons/stages";
import { DueBadge } from "@/components/progress/DueBadge";
import type { MyAssignment } from "@/lib/cohorts/assignments";
import styles from "./course-map.module.css";

function StageMarker({ stage }: { stage: StageInfo }) {
  const text = typeof stage.key === "number" ? String(stage.key) : stage.key === "intro" ? "▶" : stage.key === "faq" ? "?" : "!";
  return <span className={styles.marker} aria-hidden="true">{text}</span>;
}

const STATUS_TEXT = { completed: "✓ Complete", "in-progress": "◐ In progress" } as const;

function StatusBadge({ lessonId, status }: { lessonId: string; status: LessonStatus | undefined }) {
  if (!status || status === "not-started") return null;
  return (
    <span className={styles.status} data-status={status} data-testid={`course-status-${lessonId}`}>
      {STATUS_TEXT[status]}
    </span>
  );
}

function LessonCard({ lesson, status, due }: { lesson: LessonRecord; status?: LessonStatus; due?: { assignment: MyAssignment; completedAt: string | null } }) {
  return (
    <li className={styles.lesson}>
      <Link href={`/lessons/${lesson.id}`} className={styles.lessonLink} data-testid={`course-lesson-${lesson.id}`}>
        <span className={styles.lessonTitle}>
          {lesson.meta.title}
          {lesson.meta.draft && <span className={styles.draft}>Draft</span>}
        </span>
        <span className={styles.lessonSummary}>{lesson.meta.summary}</span>
        <span className={styles.minutes}>{lesson.meta.minutes} min</span>
        <StatusBadge lessonId={lesson.id} status={status} />
        {due && <DueBadge lessonId={lesson.id} dueAt={due.assignment.dueAt} completedAt={due.completedAt} cohortName={due.assignment.cohortName} className={styles.due} />}
      </Link>
    </li>
  );
}

/**
 * The roadmap: intro, the six stages, then misconceptions and FAQ, each with its lessons in order.
 * `statuses` (signed in): lesson id -> the learner's status, shown on each card and per stage.
 */
export function CourseMap({
  lessons,
  statuses,
  due,
}: {
  lessons: LessonRecord[];
  statuses?: Record<string, LessonStatus>;
  /** Signed in: the lessons an instructor set, with when the learner completed them. */
  due?: Record<string, { assignment: MyAssignment; completedAt: string | null }>;
}) {
  return (
    <ol className={styles.roadmap}>
      {STAGES.map((stage) => {
        const inStage = lessons.filter((l) => l.meta.stage === stage.key);
        const minutes = inStage.reduce((sum, l) => sum + l.meta.minutes, 0);
        const done = inStage.filter((l) => statuses?.[l.id] === "completed").length;
        return (
          <li key={stage.key} id={`stage-${stage.key}`} className={styles.stage} aria-labelledby={`stage-${stage.key}-title`}>
            <StageMarker stage={stage} />
            <div className={styles.stageBody}>
              <h2 id={`stage-${stage.key}-title`} className={styles.stageTitle}>
                <span className={styles.stageLabel}>{stage.label}</span>
                {stage.title}
              </h2>
              {inStage.length > 0 ? (
                <>
                  <p className={styles.stageMeta}>
                    {inStage.length} {inStage.length === 1 ? "lesson" : "lessons"} · about {minutes} min
                    {statuses && ` · ${done} of ${inStage.length} complete`}
                  </p>
                  <ul className={styles.lessons}>
                    {inStage.map((l) => <LessonCard key={l.id} lesson={l} status={statuses?.[l.id]} due={due?.[l.id]} />)}
                  </ul>
                </>
              ) : (
                <p className={styles.empty}>Lessons for this stage are being written.</p>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
