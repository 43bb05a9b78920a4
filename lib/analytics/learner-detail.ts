import "server-only";
import { requireCohortLearner } from "@/lib/cohorts/access";
import { db } from "@/lib/db";
import { lessonIdSchema, parseJsonOrNull } from "@/lib/ids";
import { getCourse, visibleLessons } from "@/lib/lessons/course";
import { stageInfo } from "@/lib/lessons/stages";
import { factsOf, loadFacts } from "@/lib/progress/facts";
import { getLessonMetas } from "@/lib/progress/lesson-meta";
import { summarise, type LessonProgressSummary } from "@/lib/progress/statuses";
import { describeAnswer, plainText } from "./answers";

/** The drill-down shows the latest this many of each list; the CSV exports hold everything. */
export const DETAIL_ROW_LIMIT = 200;
/** The events an instructor reads in the drill-down (cell runs and openings are counted in the lesson rows). */
const EXERCISE_EVENTS = ["exercise-check", "hint-viewed", "solution-viewed"];

export interface LearnerDetail {
  cohort: { id: string; name: string };
  learner: { id: string; name: string; email: string };
  lessons: Array<LessonProgressSummary & { title: string; stageLabel: string; hasCode: boolean }>;
  /** All exercise events and attempts the learner has; `events` and `attempts` are the latest DETAIL_ROW_LIMIT. */
  totals: { events: number; attempts: number };
  events: Array<{ id: string; at: string; lessonTitle: string; type: string; target: string; ok: boolean | null; detail: string | null }>;
  attempts: Array<{ id: string; at: string; lessonTitle: string; questionId: string; prompt: string; answer: string; correct: boolean }>;
}

/** One learner of a cohort, in detail: the cohort's owner or an ADMIN only, and only its members. */
export async function getLearnerDetail(cohortId: unknown, learnerId: unknown): Promise<LearnerDetail> {
  const { cohort, learnerId: id } = await requireCohortLearner(cohortId, learnerId);
  const exerciseEvents = { userId: id, type: { in: EXERCISE_EVENTS } };
  const [learner, metas, facts, events, attempts, eventCount, attemptCount, code, course] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id }, select: { id: true, name: true, email: true } }),
    getLessonMetas(null),
    loadFacts([id]),
    db.progressEvent.findMany({ where: exerciseEvents, orderBy: [{ occurredAt: "desc" }, { id: "desc" }], take: DETAIL_ROW_LIMIT }),
    db.quizAttempt.findMany({ where: { userId: id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: DETAIL_ROW_LIMIT }),
    db.progressEvent.count({ where: exerciseEvents }),
    db.quizAttempt.count({ where: { userId: id } }),
    db.codeSave.findMany({ where: { userId: id, source: { not: null } }, select: { lessonId: true }, distinct: ["lessonId"] }),
    getCourse(),
  ]);
  const lessonById = new Map(visibleLessons(course, null).map((l) => [l.id, l]));
  const title = (lessonId: string) => lessonById.get(lessonId)?.meta.title ?? lessonId;
  const withCode = new Set(code.map((c) => c.lessonId));
  return {
    cohort: { id: cohort.id, name: cohort.name },
    learner,
    totals: { events: eventCount, attempts: attemptCount },
    lessons: metas.map((m) => ({ ...summarise(m, factsOf(facts, id, m.id)), title: m.title, stageLabel: stageInfo(m.stage).label, hasCode: withCode.has(m.id) })),
    events: events.map((e) => ({ id: e.id, at: e.occurredAt.toISOString(), lessonTitle: title(e.lessonId), type: e.type, target: e.target, ok: e.ok, detail: e.detail })),
    attempts: attempts.map((a) => {
      const quiz = lessonById.get(a.lessonId)?.quiz ?? null;
      const prompt = quiz?.questions.find((q) => q.id === a.questionId)?.prompt;
      return {
        id: a.id,
        at: a.createdAt.toISOString(),
        lessonTitle: title(a.lessonId),
        questionId: a.questionId,
        prompt: prompt ? plainText(prompt) : a.questionId,
        answer: describeAnswer(quiz, a.questionId, parseJsonOrNull(a.answer)),
        correct: a.correct,
      };
    }),
  };
}

/** A cohort member's saved code for one lesson, read-only (shown as text, never run). */
export async function getLearnerCode(cohortId: unknown, learnerId: unknown, lessonId: unknown) {
  const { learnerId: id } = await requireCohortLearner(cohortId, learnerId);
  const lesson = lessonIdSchema.safeParse(lessonId);
  if (!lesson.success) return [];
  const rows = await db.codeSave.findMany({ where: { userId: id, lessonId: lesson.data, source: { not: null } }, orderBy: { cellId: "asc" } });
  return rows.map((r) => ({ cellId: r.cellId, source: r.source ?? "", revision: r.revision, version: r.lessonVersion, updatedAt: r.updatedAt.toISOString() }));
}
