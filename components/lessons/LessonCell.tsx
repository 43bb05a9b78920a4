import { highlightCellSource } from "@/lib/lessons/highlight";
import { CellConflict } from "./CellConflict";
import { NotebookCell } from "./notebook";
import styles from "./lesson-content.module.css";

interface Props {
  cellId: string;
  source: string;
  /** Attributes arrive from MDX as strings. */
  timeLimitMs?: string;
  readOnly?: string;
}

/** A ```ts cell from the lesson: the notebook's runnable cell, highlighted on the server. */
export async function LessonCell({ cellId, source, timeLimitMs, readOnly }: Props) {
  const html = await highlightCellSource(source);
  return (
    <div className={styles.cellSlot} id={`cell-${cellId}`}>
      <CellConflict cellId={cellId} />
      <NotebookCell cellId={cellId} source={source} timeLimitMs={Number(timeLimitMs) || undefined} readOnly={readOnly === "true"} html={html} />
    </div>
  );
}
