import Link from "next/link";
import type { ReactNode } from "react";
import type { LessonPosition } from "@/lib/lessons/course";
import type { LessonRecord } from "@/lib/lessons/discover";
import { stageInfo } from "@/lib/lessons/stages";
import styles from "./lesson-page.module.css";

interface Props {
  lesson: LessonRecord;
  position: LessonPosition;
  /** Titles of the prerequisite lessons this user can open, by id. */
  prerequisites: Array<{ id: string; title: string }>;
  /** The learner's status in this lesson (signed in only). */
  status?: ReactNode;
}

export function LessonHeader({ lesson, position, prerequisites, status }: Props) {
  const stage = stageInfo(lesson.meta.stage);
  return (
    <header className={styles.header}>
      <p className={styles.eyebrow}>
        <Link href={`/#stage-${stage.key}`}>{stage.label}</Link>
        <span aria-hidden="true"> · </span>
        {stage.title}
      </p>
      <h1 className={styles.title}>
        {lesson.meta.title}
        {lesson.meta.draft && <span className={styles.draft}>Draft</span>}
      </h1>
      <p className={styles.meta}>
        <span>{lesson.meta.minutes} min</span>
        <span aria-hidden="true">·</span>
        <span data-testid="lesson-position">
          Lesson {position.indexInStage} of {position.stageCount} in {typeof stage.key === "number" ? `stage ${stage.key}` : stage.title}
        </span>
      </p>
      {status}
      <p className={styles.summary}>{lesson.meta.summary}</p>
      <div className={styles.goals}>
        <h2 className={styles.goalsTitle}>You will be able to</h2>
        <ul>
          {lesson.meta.objectives.map((o) => <li key={o}>{o}</li>)}
        </ul>
        {prerequisites.length > 0 && (
          <p className={styles.prereq}>
            <strong>Before this:</strong>{" "}
            {prerequisites.map((p, i) => (
              <span key={p.id}>
                {i > 0 && ", "}
                <Link href={`/lessons/${p.id}`}>{p.title}</Link>
              </span>
            ))}
          </p>
        )}
      </div>
    </header>
  );
}
