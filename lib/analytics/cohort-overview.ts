import "server-only";
import { requireCohortAccess } from "@/lib/cohorts/access";
import { getLessonMetas } from "@/lib/progress/lesson-meta";
import { loadCohortOverview } from "./cohort-data";
import type { CohortOverview } from "./overview";

/** The cohort overview page's data: its owner or an ADMIN only. */
export async function getCohortOverview(cohortId: unknown): Promise<CohortOverview & { cohort: { id: string; name: string } }> {
  const { cohort } = await requireCohortAccess(cohortId);
  const lessons = await getLessonMetas(null);
  return { cohort: { id: cohort.id, name: cohort.name }, ...(await loadCohortOverview(cohort.id, lessons)) };
}
