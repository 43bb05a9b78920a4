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
 * The lessons this user may open, by id: what their progress may be recorded against. Drafts only
 * for those who can see them, so to a learner a draft and a lesson that does not exist get the
 * same answer (the endpoint never tells which unpublished ids are real).
 */
export async function recordableLessons(user: Pick<SessionUser, "role">): Promise<Map<string, LessonRecord>> {
  const course = await getCourse();
  return new Map(visibleLessons(course, user).map((l) => [l.id, l]));
}

/** A lesson's notebook cells (its code cells and its exercises' editable cells) and its exercises. */
export interface LessonTargets {
  cells: Set<string>;
  exercises: Set<string>;
}

const targetCache = new Map<string, Promise<LessonTargets | null>>();

/**
 * What progress about a lesson may name, from its compiled structure (compileLesson caches per
 * version, and a lesson page has usually compiled it already). Null when the lesson does not
 * compile: its targets are then unknown, and nothing about it is refused for that.
 */
export function lessonTargets(record: LessonRecord): Promise<LessonTargets | null> {
  const key = `${record.id}:${record.version}`;
  let targets = targetCache.get(key);
  if (!targets) {
    targets = compileLesson(record, { highlight: false }).then((result) => {
      if (!result.ok) return null;
      const blocks = result.lesson.structure.blocks;
      return {
        cells: new Set(blocks.map((b) => b.cellId)),
        exercises: new Set(blocks.flatMap((b) => (b.kind === "exercise" ? [b.id] : []))),
      };
    });
    targetCache.set(key, targets);
  }
  return targets;
}
