import "server-only";
import { requireCohortAccess } from "@/lib/cohorts/access";
import { db } from "@/lib/db";
import { parseJsonOrNull } from "@/lib/ids";
import { getCourse, visibleLessons } from "@/lib/lessons/course";
import { analyseItems, type AnalysisLesson, type AttemptFact, type ItemAnalysis } from "./item-analysis";

const ATTEMPT_FIELDS = { id: true, userId: true, lessonId: true, questionId: true, answer: true, correct: true, createdAt: true } as const;

/** Quiz attempts of the given users, oldest first, answers parsed. No authorisation: callers check. */
async function attemptsOf(userIds: readonly string[]): Promise<AttemptFact[]> {
  if (userIds.length === 0) return [];
  const rows = await db.quizAttempt.findMany({ where: { userId: { in: [...userIds] } }, select: ATTEMPT_FIELDS, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map((r) => ({ ...r, answer: parseJsonOrNull(r.answer) }));
}

/** One page of the same list: at most `size` attempts after the one with id `after` (keyset paging). */
export async function attemptsPage(userIds: readonly string[], size: number, after?: string): Promise<Array<AttemptFact & { id: string }>> {
  if (userIds.length === 0) return [];
  const rows = await db.quizAttempt.findMany({
    where: { userId: { in: [...userIds] } },
    select: ATTEMPT_FIELDS,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: size,
    ...(after ? { cursor: { id: after }, skip: 1 } : {}),
  });
  return rows.map((r) => ({ ...r, answer: parseJsonOrNull(r.answer) }));
}

/** The lessons learners are asked to do (no drafts), with their quiz specs (server-side only). */
export async function analysisLessons(): Promise<{ lessons: AnalysisLesson[]; misconceptions: Map<string, string> }> {
  const course = await getCourse();
  const lessons = visibleLessons(course, null).map((l) => ({ id: l.id, title: l.meta.title, stage: l.meta.stage, quiz: l.quiz }));
  return { lessons, misconceptions: course.misconceptions };
}

/** Item analysis and misconceptions for one cohort: its owner or an ADMIN only. */
export async function getItemAnalysis(cohortId: unknown): Promise<ItemAnalysis & { cohort: { id: string; name: string } }> {
  const { cohort } = await requireCohortAccess(cohortId);
  const members = await db.cohortMember.findMany({ where: { cohortId: cohort.id }, select: { userId: true } });
  const ids = members.map((m) => m.userId);
  const [{ lessons, misconceptions }, attempts] = await Promise.all([analysisLessons(), attemptsOf(ids)]);
  return { cohort: { id: cohort.id, name: cohort.name }, ...analyseItems(lessons, attempts, misconceptions, ids.length) };
}
