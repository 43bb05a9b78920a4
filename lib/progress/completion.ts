import { z } from "zod";

/**
 * When a lesson counts as complete. The frontmatter field `completion` (optional) overrides the
 * default "every exercise passed and every quiz question answered":
 *
 *   completion:
 *     exercises: all | none | <number>     # how many exercises must pass
 *     quiz: answered | correct | none      # each question answered, answered correctly, or ignored
 */
export const completionRuleSchema = z.strictObject({
  exercises: z
    .union([z.literal("all"), z.literal("none"), z.number().int().min(1)], { error: 'exercises must be "all", "none" or a number of exercises' })
    .default("all"),
  quiz: z.enum(["answered", "correct", "none"], { error: 'quiz must be "answered", "correct" or "none"' }).default("answered"),
});
export type CompletionRule = z.infer<typeof completionRuleSchema>;
export const DEFAULT_COMPLETION: CompletionRule = { exercises: "all", quiz: "answered" };

/** What the rule needs to know about a lesson. */
export interface CompletionMeta {
  exerciseIds: readonly string[];
  quizQuestionIds: readonly string[];
  completion?: CompletionRule;
}

/** What the rule needs to know about one learner in one lesson (first times only). */
export interface LearnerFacts {
  /** The learner's first activity in the lesson (any event or quiz answer), or null. */
  startedAt: Date | null;
  lastActiveAt: Date | null;
  /** exercise id -> first time its check passed. */
  exercisesPassed: ReadonlyMap<string, Date>;
  /** question id -> first time it was answered. */
  quizAnswered: ReadonlyMap<string, Date>;
  /** question id -> first time it was answered correctly. */
  quizCorrect: ReadonlyMap<string, Date>;
}

export const NO_FACTS: LearnerFacts = {
  startedAt: null,
  lastActiveAt: null,
  exercisesPassed: new Map(),
  quizAnswered: new Map(),
  quizCorrect: new Map(),
};

export type LessonStatus = "not-started" | "in-progress" | "completed";

function requiredExercises(meta: CompletionMeta): number {
  const rule = meta.completion?.exercises ?? DEFAULT_COMPLETION.exercises;
  if (rule === "none") return 0;
  // Asking for more exercises than the lesson has means all of them (the lesson may have shrunk).
  return rule === "all" ? meta.exerciseIds.length : Math.min(rule, meta.exerciseIds.length);
}

/** Times at which each quiz requirement was met, or null when one is still missing. */
function quizTimes(meta: CompletionMeta, facts: LearnerFacts): Date[] | null {
  const rule = meta.completion?.quiz ?? DEFAULT_COMPLETION.quiz;
  if (rule === "none") return [];
  const source = rule === "correct" ? facts.quizCorrect : facts.quizAnswered;
  const times: Date[] = [];
  for (const id of meta.quizQuestionIds) {
    const t = source.get(id);
    if (!t) return null;
    times.push(t);
  }
  return times;
}

/**
 * When the lesson became complete for this learner, or null if it is not. Only exercises and
 * questions the lesson has now count (facts about removed ones are ignored); the time is when the
 * last requirement was first met, so it does not depend on the order events arrived in.
 */
export function lessonCompletedAt(meta: CompletionMeta, facts: LearnerFacts): Date | null {
  if (!facts.startedAt) return null;
  const passes = meta.exerciseIds
    .map((id) => facts.exercisesPassed.get(id))
    .filter((t): t is Date => t !== undefined)
    .sort((a, b) => a.getTime() - b.getTime());
  const needed = requiredExercises(meta);
  if (passes.length < needed) return null;
  const quiz = quizTimes(meta, facts);
  if (!quiz) return null;
  const times = [facts.startedAt, ...quiz];
  if (needed > 0) times.push(passes[needed - 1]!);
  return new Date(Math.max(...times.map((t) => t.getTime())));
}

export function isLessonComplete(meta: CompletionMeta, facts: LearnerFacts): boolean {
  return lessonCompletedAt(meta, facts) !== null;
}

export function lessonStatus(meta: CompletionMeta, facts: LearnerFacts): LessonStatus {
  if (!facts.startedAt) return "not-started";
  return isLessonComplete(meta, facts) ? "completed" : "in-progress";
}

/** Parses a frontmatter value; an invalid one falls back to the default (the lesson check reports it). */
export function parseCompletionRule(value: unknown): CompletionRule {
  if (value === undefined || value === null) return DEFAULT_COMPLETION;
  const parsed = completionRuleSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_COMPLETION;
}
