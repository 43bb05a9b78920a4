/** Where a learner stands on one assignment. */
export type AssignmentState = "on-time" | "late" | "missing" | "open";

export const ASSIGNMENT_STATE_TEXT: Record<AssignmentState, string> = {
  "on-time": "done on time",
  late: "done late",
  missing: "missing",
  open: "not yet due",
};

/** Completed by the due time: on time; after it: late; not completed: missing once due, open before. */
export function assignmentState(dueAt: Date, completedAt: Date | null, now: Date): AssignmentState {
  if (completedAt) return completedAt.getTime() <= dueAt.getTime() ? "on-time" : "late";
  return now.getTime() > dueAt.getTime() ? "missing" : "open";
}

export interface AssignmentCounts {
  onTime: number;
  late: number;
  missing: number;
  open: number;
}

export function countStates(states: readonly AssignmentState[]): AssignmentCounts {
  const counts = { onTime: 0, late: 0, missing: 0, open: 0 };
  for (const s of states) counts[s === "on-time" ? "onTime" : s] += 1;
  return counts;
}

/** "Due 2026-12-10 23:59 UTC": the course's dates are shown in UTC, the same on server and browser. */
export function dueText(iso: string): string {
  return `Due ${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
