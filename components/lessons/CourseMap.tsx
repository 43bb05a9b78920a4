import Link from "next/link";
import type { LessonRecord } from "@/lib/lessons/discover";
import { STAGES, type StageInfo } from "@/lib/lessons/stages";
import styles from "./course-map.module.css";

function StageMarker({ stage }: { stage: StageInfo }) {
  const text = typeof stage.key === "number" ? String(stage.key) : stage.key === "intro" ? "▶" : stage.key === "faq" ? "?" : "!";
  return <span className={styles.marker} aria-hidden="true">{text}</span>;
}

function LessonCard({ lesson }: { lesson: LessonRecord }) {
  return (
    <li className={styles.lesson}>
      <Link href={`/lessons/${lesson.id}`} className={styles.lessonLink} data-testid={`course-lesson-${lesson.id}`}>
        <span className={styles.lessonTitle}>
          {lesson.meta.title}
          {lesson.meta.draft && <span className={styles.draft}>Draft</span>}
        </span>
        <span className={styles.lessonSummary}>{lesson.meta.summary}</span>
        <span className={styles.minutes}>{lesson.meta.minutes} min</span>
      </Link>
    </li>
  );
}

/** The roadmap: intro, the six stages, then misconceptions and FAQ, each with its lessons in order. */
export function CourseMap({ lessons }: { lessons: LessonRecord[] }) {
  return (
    <ol className={styles.roadmap}>
      {STAGES.map((stage) => {
        const inStage = lessons.filter((l) => l.meta.stage === stage.key);
        const minutes = inStage.reduce((sum, l) => sum + l.meta.minutes, 0);
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
                  <p className={styles.stageMeta}>{inStage.length} {inStage.length === 1 ? "lesson" : "lessons"} · about {minutes} min</p>
                  <ul className={styles.lessons}>
                    {inStage.map((l) => <LessonCard key={l.id} lesson={l} />)}
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
