import "server-only";
import { requireCohortAccess } from "@/lib/cohorts/access";
import { db } from "@/lib/db";
import { parseJsonOrNull } from "@/lib/ids";
import { getCourse, visibleLessons } from "@/lib/lessons/course";
import { analyseItems, type AnalysisLesson, type AnswerGroup, type AttemptFact, type ItemAnalysis } from "./item-analysis";

const ATTEMPT_FIELDS = { id: true, userId: true, lessonId: true, questionId: true, answer: true, correct: true, createdAt: true } as const;

/**
 * A cohort's quiz attempts folded in the database: one row per learner, question and distinct
 * answer, so memory grows with what learners chose, not with how often they retried.
 * No authorisation: callers check.
 */
async function answerGroupsOf(cohortId: string): Promise<AnswerGroup[]> {
  const rows = await db.quizAttempt.groupBy({
    by: ["userId", "lessonId", "questionId", "answer", "correct"],
    where: { user: { cohortMemberships: { some: { cohortId } } } },
    _min: { createdAt: true },
    _count: { _all: true },
  });
  return rows.map((r) => ({
    userId: r.userId, lessonId: r.lessonId, questionId: r.questionId, correct: r.correct,
    answer: parseJsonOrNull(r.answer), firstAt: r._min.createdAt ?? new Date(0), count: r._count._all,
  }));
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
  const [{ lessons, misconceptions }, groups, learnerCount] = await Promise.all([
    analysisLessons(),
    answerGroupsOf(cohort.id),
    db.cohortMember.count({ where: { cohortId: cohort.id } }),
  ]);
  return { cohort: { id: cohort.id, name: cohort.name }, ...analyseItems(lessons, groups, misconceptions, learnerCount) };
}
