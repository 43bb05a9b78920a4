"use client";

import { CodeConflictNotice } from "@/components/progress/CodeConflictNotice";
import { useLessonProgress } from "./lesson-progress";
import { useNotebook } from "./notebook";

/** Above a lesson cell: shown when its save was refused because another tab or device changed it. */
export function CellConflict({ cellId }: { cellId: string }) {
  const lesson = useLessonProgress();
  const notebook = useNotebook();
  if (!lesson.signedIn) return null;
  return (
    <CodeConflictNotice
      lessonId={lesson.lessonId}
      cellId={cellId}
      onLoadTheirs={(source) => {
        lesson.adopt(cellId, source);
        notebook.replaceSource(cellId, source);
      }}
    />
  );
}
