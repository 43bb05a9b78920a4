import "server-only";
import { AuthError, getCurrentUser } from "@/lib/auth/guards";
import { canViewLearner } from "@/lib/cohorts/access";
import { lessonCompletedAt, lessonStatus, type LearnerFacts, type LessonStatus } from "./completion";
import { factsOf, loadFacts } from "./facts";
import { getLessonMetas, type LessonMeta } from "./lesson-meta";

export interface LessonProgressSummary {
  lessonId: string;
  status: LessonStatus;
  startedAt: string | null;
  completedAt: string | null;
  lastActiveAt: string | null;
  exercisesPassed: number;
  exercisesTotal: number;
  quizAnswered: number;
  quizCorrect: number;
  quizTotal: number;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function summarise(meta: LessonMeta, facts: LearnerFacts): LessonProgressSummary {
  const count = (ids: readonly string[], m: ReadonlyMap<string, Date>) => ids.filter((id) => m.has(id)).length;
  return {
    lessonId: meta.id,
    status: lessonStatus(meta, facts),
    startedAt: iso(facts.startedAt),
    completedAt: iso(lessonCompletedAt(meta, facts)),
    lastActiveAt: iso(facts.lastActiveAt),
    exercisesPassed: count(meta.exerciseIds, facts.exercisesPassed),
    exercisesTotal: meta.exerciseIds.length,
    quizAnswered: count(meta.quizQuestionIds, facts.quizAnswered),
    quizCorrect: count(meta.quizQuestionIds, facts.quizCorrect),
    quizTotal: meta.quizQuestionIds.length,
  };
}

/**
 * Each visible lesson's status for a learner, keyed by lesson id, for the lesson page, the course
 * map and /me. Without an id it is the caller's own progress ({} when signed out, so public pages
 * can call it); another learner's needs `canViewLearner` (their instructor or an admin).
 */
export async function getLessonStatuses(learnerId?: string): Promise<Record<string, LessonProgressSummary>> {
  const caller = await getCurrentUser();
  if (!caller) {
    if (learnerId) throw new AuthError("unauthenticated");
    return {};
  }
  const userId = learnerId ?? caller.id;
  if (!(await canViewLearner(caller, userId))) throw new AuthError("forbidden");
  const metas = await getLessonMetas(userId === caller.id ? caller : null);
  const facts = await loadFacts([userId]);
  return Object.fromEntries(metas.map((m) => [m.id, summarise(m, factsOf(facts, userId, m.id))]));
}
