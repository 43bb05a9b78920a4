"use client";

import { useMemo, useSyncExternalStore } from "react";
import { progress, type ConflictInfo, type QueueStatus } from "@/lib/progress/client";

const SERVER_STATUS: QueueStatus = { state: "saved", pending: 0, conflicts: 0, message: null };

/** The queue's status ("saved", "saving", "offline"…), re-rendering when it changes. */
export function useProgressStatus(): QueueStatus {
  return useSyncExternalStore(progress.subscribe, progress.getStatus, () => SERVER_STATUS);
}

/** Cells of a lesson that were changed in another tab or device and wait for the learner's choice. */
export function useCodeConflicts(lessonId: string): ConflictInfo[] {
  const status = useProgressStatus();
  // The status object changes whenever the queue's contents do; conflicts are re-read then.
  return useMemo(() => (status.conflicts > 0 ? progress.conflicts(lessonId) : []), [status, lessonId]);
}
