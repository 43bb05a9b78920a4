import "server-only";
import { db } from "@/lib/db";
import { loadFacts } from "@/lib/progress/facts";
import { buildOverview, type CohortOverview, type OverviewLesson } from "./overview";

/*
 * The data half of the cohort reports, without authorisation (and without next/auth imports, so the
 * benchmark can run it in plain Node). Only lib/analytics calls these, after requireCohortAccess.
 */

/** Members of a cohort with their account names, oldest first. */
export async function cohortMembers(cohortId: string) {
  const rows = await db.cohortMember.findMany({
    where: { cohortId },
    select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: { joinedAt: "asc" },
  });
  return rows.map((r) => ({ ...r.user, joinedAt: r.joinedAt }));
}

/** The cohort's assignments as the overview takes them. */
export async function cohortDueDates(cohortId: string) {
  return db.assignment.findMany({ where: { cohortId }, select: { lessonId: true, dueAt: true } });
}

export async function loadCohortOverview(cohortId: string, lessons: readonly OverviewLesson[], now = new Date()): Promise<CohortOverview> {
  const members = await cohortMembers(cohortId);
  const [facts, assigned] = await Promise.all([loadFacts(members.map((m) => m.id)), cohortDueDates(cohortId)]);
  return buildOverview(lessons, members, (userId, lessonId) => facts.get(userId)?.get(lessonId), now, assigned);
}
