import { stageIndex, type StageKey } from "@/lib/lessons/stages";

/**
 * Stage reviews (pure): the questions of one stage this learner has not yet answered correctly,
 * plus spaced repetition from earlier stages: a question whose latest answer was wrong comes back
 * once SPACING_DAYS have passed since that answer. Answering in a review is an ordinary graded
 * attempt, so a right answer takes the question out of every later review.
 */
const SPACING_DAYS = 1;
/** At most this many questions from earlier stages in one review. */
export const MAX_SPACED = 10;

export interface ReviewAttempt {
  lessonId: string;
  questionId: string;
  correct: boolean;
  createdAt: Date;
}

/** A lesson as the review sees it: in course order, with its quiz's question ids. */
export interface ReviewLesson {
  id: string;
  title: string;
  stage: StageKey;
  questionIds: readonly string[];
}

export interface ReviewGroup {
  lessonId: string;
  title: string;
  questionIds: string[];
}

export interface StageReview {
  stage: StageKey;
  /** This stage's questions not yet answered correctly (never answered, or last answer wrong). */
  current: ReviewGroup[];
  /** Earlier stages' questions whose last answer was wrong and is at least SPACING_DAYS old. */
  spaced: ReviewGroup[];
  total: number;
}

function latestAttempts(attempts: readonly ReviewAttempt[]): Map<string, ReviewAttempt> {
  const latest = new Map<string, ReviewAttempt>();
  for (const a of attempts) {
    const key = `${a.lessonId}/${a.questionId}`;
    const seen = latest.get(key);
    if (!seen || seen.createdAt.getTime() <= a.createdAt.getTime()) latest.set(key, a);
  }
  return latest;
}

const grouped = (lessons: readonly ReviewLesson[], pick: (lesson: ReviewLesson, questionId: string) => boolean) =>
  lessons
    .map((l) => ({ lessonId: l.id, title: l.title, questionIds: l.questionIds.filter((q) => pick(l, q)) }))
    .filter((g) => g.questionIds.length > 0);

export function planStageReview(stage: StageKey, lessons: readonly ReviewLesson[], attempts: readonly ReviewAttempt[], now = new Date()): StageReview {
  const latest = latestAttempts(attempts);
  const last = (lessonId: string, questionId: string) => latest.get(`${lessonId}/${questionId}`);
  const current = grouped(lessons.filter((l) => l.stage === stage), (l, q) => !last(l.id, q)?.correct);
  const dueBefore = now.getTime() - SPACING_DAYS * 24 * 60 * 60 * 1000;
  const earlier = lessons.filter((l) => stageIndex(l.stage) < stageIndex(stage));
  let room = MAX_SPACED;
  const spaced = grouped(earlier, (l, q) => {
    const a = last(l.id, q);
    if (!a || a.correct || a.createdAt.getTime() > dueBefore || room === 0) return false;
    room -= 1;
    return true;
  });
  const count = (groups: ReviewGroup[]) => groups.reduce((n, g) => n + g.questionIds.length, 0);
  return { stage, current, spaced, total: count(current) + count(spaced) };
}

/**
 * The reviews due now: for each stage whose last lesson with a quiz the learner has answered in
 * (they reached the stage's end), when that stage's review has questions.
 */
export function dueReviews(lessons: readonly ReviewLesson[], attempts: readonly ReviewAttempt[], now = new Date()): StageReview[] {
  const answered = new Set(attempts.map((a) => a.lessonId));
  const stages = [...new Set(lessons.map((l) => l.stage))];
  return stages
    .filter((stage) => {
      const lastWithQuiz = lessons.filter((l) => l.stage === stage && l.questionIds.length > 0).at(-1);
      return lastWithQuiz !== undefined && answered.has(lastWithQuiz.id);
    })
    .map((stage) => planStageReview(stage, lessons, attempts, now))
    .filter((review) => review.total > 0);
}
