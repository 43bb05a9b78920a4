import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { compileLesson } from "@/lib/lessons/compile";
import { getCourse, visibleLessons } from "@/lib/lessons/course";
import type { LessonRecord } from "@/lib/lessons/discover";
import type { StageKey } from "@/lib/lessons/stages";
import type { QuizSpec } from "@/lib/quiz/schema";
import { parseCompletionRule, type CompletionMeta } from "./completion";
import { exercisesFromSource } from "./exercise-ids";

/** Everything progress and analytics need to know about a lesson (server-side: `quiz` holds the keys). */
export interface LessonMeta extends CompletionMeta {
  id: string;
  title: string;
  stage: StageKey;
  order: number;
  version: string;
  quiz: QuizSpec | null;
  /** Exercise id -> its title, for activity lists. */
  exerciseTitles: Record<string, string>;
}

// Read from the source when possible; otherwise compiled once per lesson version (slow: seconds per course).
const exerciseCache = new Map<string, Promise<Array<{ id: string; title: string }>>>();

function exercisesOf(record: LessonRecord): Promise<Array<{ id: string; title: string }>> {
  const fromSource = exercisesFromSource(record.source);
  if (fromSource) return Promise.resolve(fromSource);
  const key = `${record.id}:${record.version}:${record.quizVersion}`;
  let ids = exerciseCache.get(key);
  if (!ids) {
    ids = compileLesson(record, { highlight: false }).then((result) =>
      // A lesson that does not compile shows its problems instead of exercises, so it requires none.
      result.ok ? result.lesson.structure.blocks.flatMap((b) => (b.kind === "exercise" ? [{ id: b.id, title: b.title }] : [])) : [],
    );
    exerciseCache.set(key, ids);
  }
  return ids;
}

async function toLessonMeta(record: LessonRecord): Promise<LessonMeta> {
  const exercises = await exercisesOf(record);
  return {
    id: record.id,
    title: record.meta.title,
    stage: record.meta.stage,
    order: record.meta.order,
    version: record.version,
    quiz: record.quiz,
    exerciseIds: exercises.map((e) => e.id),
    exerciseTitles: Object.fromEntries(exercises.map((e) => [e.id, e.title])),
    quizQuestionIds: record.quiz?.questions.map((q) => q.id) ?? [],
    // Read leniently so this works before and after the frontmatter schema gains the field.
    completion: parseCompletionRule((record.meta as { completion?: unknown }).completion),
  };
}

/**
 * The lessons a user can open, in course order. `null` means "as a learner sees the course",
 * which is what cohort reports use (drafts are not part of what learners are asked to do).
 */
export async function getLessonMetas(user: Pick<SessionUser, "role"> | null): Promise<LessonMeta[]> {
  const course = await getCourse();
  return Promise.all(visibleLessons(course, user).map(toLessonMeta));
}

/**
 * Ids of the lessons this user may open: what their progress may be recorded against. Drafts only
 * for those who can see them, so to a learner a draft and a lesson that does not exist get the
 * same answer (the endpoint never tells which unpublished ids are real).
 */
export async function recordableLessonIds(user: Pick<SessionUser, "role">): Promise<Set<string>> {
  const course = await getCourse();
  return new Set(visibleLessons(course, user).map((l) => l.id));
}
