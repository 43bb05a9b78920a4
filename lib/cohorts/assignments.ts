import "server-only";
import { requireUser } from "@/lib/auth/guards";
import { db } from "@/lib/db";

export interface MyAssignment {
  lessonId: string;
  dueAt: string;
  cohortName: string;
}

/**
 * The caller's assignments across the cohorts they belong to, by lesson id: the earliest due date
 * when two cohorts set the same lesson. {} for a signed-out visitor is the caller's business.
 */
export async function myAssignments(userId: string): Promise<Record<string, MyAssignment>> {
  const rows = await db.assignment.findMany({
    where: { cohort: { members: { some: { userId } } } },
    select: { lessonId: true, dueAt: true, cohort: { select: { name: true } } },
    orderBy: { dueAt: "asc" },
  });
  const byLesson: Record<string, MyAssignment> = {};
  for (const r of rows) byLesson[r.lessonId] ??= { lessonId: r.lessonId, dueAt: r.dueAt.toISOString(), cohortName: r.cohort.name };
  return byLesson;
}

/** The signed-in caller's own assignments. */
export async function getMyAssignments(): Promise<Record<string, MyAssignment>> {
  return myAssignments((await requireUser()).id);
}
