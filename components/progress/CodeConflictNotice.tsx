"use client";

import { progress } from "@/lib/progress/client";
import { useCodeConflicts } from "./useProgress";
import styles from "./progress.module.css";

interface Props {
  lessonId: string;
  cellId: string;
  /** Put the other version into the editor (null: the lesson's original code). */
  onLoadTheirs: (source: string | null) => void;
}

/**
 * Shown above a cell whose save was refused because the cell changed in another tab or device.
 * Nothing is lost while it shows: this browser's text stays queued until the learner chooses.
 */
export function CodeConflictNotice({ lessonId, cellId, onLoadTheirs }: Props) {
  const conflict = useCodeConflicts(lessonId).find((c) => c.cellId === cellId);
  if (!conflict) return null;
  const when = new Date(conflict.theirs.updatedAt).toLocaleString();
  return (
    <div role="alert" className={styles.conflict} data-testid={`conflict-${cellId}`}>
      <p>This cell was changed in another tab or device ({when}). Which version do you want to keep?</p>
      <div className={styles.conflictActions}>
        <button type="button" className={styles.button} onClick={() => progress.resolveConflict(lessonId, cellId, "mine")}>
          Keep yours
        </button>
        <button
          type="button"
          className={styles.buttonSecondary}
          onClick={() => {
            const theirs = progress.resolveConflict(lessonId, cellId, "theirs");
            if (theirs) onLoadTheirs(theirs.source);
          }}
        >
          Load theirs
        </button>
      </div>
    </div>
  );
}
