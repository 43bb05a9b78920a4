import { lessonCompletedAt, lessonStatus, NO_FACTS, type CompletionMeta, type LearnerFacts, type LessonStatus } from "@/lib/progress/completion";
import { STAGES, type StageKey } from "@/lib/lessons/stages";
import { assignmentState, countStates, type AssignmentCounts, type AssignmentState } from "@/lib/cohorts/assignment-status";

/** The activity signal: active means any progress or quiz answer in this window. */
const ACTIVE_WINDOW_DAYS = 7;

export interface OverviewLesson extends CompletionMeta {
  id: string;
  title: string;
  stage: StageKey;
}

export interface OverviewLearnerInput {
  id: string;
  name: string;
  email: string;
  joinedAt: Date;
}

export interface OverviewLearner {
  id: string;
  name: string;
  email: string;
  joinedAt: string;
  lastActiveAt: string | null;
  active: boolean;
  /** Lessons completed in the activity window. */
  recentCompletions: number;
  completed: number;
  /** Aligned with `lessons`. */
  statuses: LessonStatus[];
  /** Aligned with `stages`: lessons completed in each. */
  stageCompleted: number[];
  /** Aligned with the overview's `assignments`. */
  assignmentStates: AssignmentState[];
  assignmentCounts: AssignmentCounts;
}

/** A lesson set for the cohort with its due time. */
export interface OverviewAssignment {
  lessonId: string;
  dueAt: Date;
}

export interface CohortOverview {
  lessons: Array<{ id: string; title: string; stage: StageKey }>;
  stages: Array<{ key: StageKey; label: string; title: string; lessons: number }>;
  learners: OverviewLearner[];
  /** In course order; only lessons the overview has. */
  assignments: Array<{ lessonId: string; title: string; dueAt: string }>;
  generatedAt: string;
}

type FactsLookup = (userId: string, lessonId: string) => LearnerFacts | undefined;

/** Pure: learners × lessons with completion, last activity and the 7-day signal. */
export function buildOverview(
  lessons: readonly OverviewLesson[],
  learners: readonly OverviewLearnerInput[],
  facts: FactsLookup,
  now: Date,
  assigned: readonly OverviewAssignment[] = [],
): CohortOverview {
  const dueBy = new Map(assigned.map((a) => [a.lessonId, a.dueAt]));
  const assignments = lessons.flatMap((l) => {
    const dueAt = dueBy.get(l.id);
    return dueAt ? [{ lesson: l, dueAt }] : [];
  });
  const stages = STAGES.filter((s) => lessons.some((l) => l.stage === s.key)).map((s) => ({
    key: s.key,
    label: s.label,
    title: s.title,
    lessons: lessons.filter((l) => l.stage === s.key).length,
  }));
  const stageOf = lessons.map((l) => stages.findIndex((s) => s.key === l.stage));
  const windowStart = now.getTime() - ACTIVE_WINDOW_DAYS * 86_400_000;

  const rows = learners.map((learner): OverviewLearner => {
    let last: number | null = null;
    let completed = 0;
    let recentCompletions = 0;
    const stageCompleted = stages.map(() => 0);
    const statuses = lessons.map((lesson, i) => {
      const f = facts(learner.id, lesson.id) ?? NO_FACTS;
      if (f.lastActiveAt && (last === null || f.lastActiveAt.getTime() > last)) last = f.lastActiveAt.getTime();
      const status = lessonStatus(lesson, f);
      if (status === "completed") {
        completed += 1;
        stageCompleted[stageOf[i]!]! += 1;
        const at = lessonCompletedAt(lesson, f);
        if (at && at.getTime() >= windowStart) recentCompletions += 1;
      }
      return status;
    });
    const lastActive = last as number | null;
    const assignmentStates = assignments.map((a) => assignmentState(a.dueAt, lessonCompletedAt(a.lesson, facts(learner.id, a.lesson.id) ?? NO_FACTS), now));
    return {
      id: learner.id,
      name: learner.name,
      email: learner.email,
      joinedAt: learner.joinedAt.toISOString(),
      lastActiveAt: lastActive === null ? null : new Date(lastActive).toISOString(),
      active: lastActive !== null && lastActive >= windowStart,
      recentCompletions,
      completed,
      statuses,
      stageCompleted,
      assignmentStates,
      assignmentCounts: countStates(assignmentStates),
    };
  });
  return {
    lessons: lessons.map(({ id, title, stage }) => ({ id, title, stage })),
    stages,
    learners: rows,
    assignments: assignments.map((a) => ({ lessonId: a.lesson.id, title: a.lesson.title, dueAt: a.dueAt.toISOString() })),
    generatedAt: now.toISOString(),
  };
}
