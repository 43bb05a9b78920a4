import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { getCourse, visibleLessons } from "@/lib/lessons/course";
import type { LessonRecord } from "@/lib/lessons/discover";
import type { StageKey } from "@/lib/lessons/stages";
import { dueReviews, planStageReview, type ReviewLesson, type StageReview } from "./stage-review";

/** The learner's lessons with quizzes, in course order, and every graded answer they gave. */
async function reviewInputs(user: SessionUser): Promise<{ records: Map<string, LessonRecord>; lessons: ReviewLesson[]; attempts: Array<{ lessonId: string; questionId: string; correct: boolean; createdAt: Date }> }> {
  const [course, attempts] = await Promise.all([
    getCourse(),
    db.quizAttempt.findMany({ where: { userId: user.id }, select: { lessonId: true, questionId: true, correct: true, createdAt: true } }),
  ]);
  const visible = visibleLessons(course, user).filter((l) => !l.meta.draft);
  const lessons = visible.map((l) => ({ id: l.id, title: l.meta.title, stage: l.meta.stage, questionIds: l.quiz?.questions.map((q) => q.id) ?? [] }));
  return { records: new Map(visible.map((l) => [l.id, l])), lessons, attempts };
}

/** One stage's review for this learner, with the lesson records whose quizzes render it. */
export async function getStageReview(user: SessionUser, stage: StageKey): Promise<{ review: StageReview; records: Map<string, LessonRecord> }> {
  const { records, lessons, attempts } = await reviewInputs(user);
  return { review: planStageReview(stage, lessons, attempts), records };
}

/** The stage reviews due for this learner now (for /me). */
export async function getDueReviews(user: SessionUser): Promise<StageReview[]> {
  const { lessons, attempts } = await reviewInputs(user);
  return dueReviews(lessons, attempts);
}
