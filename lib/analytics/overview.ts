import { lessonCompletedAt, lessonStatus, NO_FACTS, type CompletionMeta, type LearnerFacts, type LessonStatus } from "@/lib/progress/completion";
import { STAGES, type StageKey } from "@/lib/lessons/stages";

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
}

export interface CohortOverview {
  lessons: Array<{ id: string; title: string; stage: StageKey }>;
  stages: Array<{ key: StageKey; label: string; title: string; lessons: number }>;
  learners: OverviewLearner[];
  generatedAt: string;
}

type FactsLookup = (userId: string, lessonId: string) => LearnerFacts | undefined;

/** Pure: learners × lessons with completion, last activity and the 7-day signal. */
export function buildOverview(lessons: readonly OverviewLesson[], learners: readonly OverviewLearnerInput[], facts: FactsLookup, now: Date): CohortOverview {
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
    };
  });
  return { lessons: lessons.map(({ id, title, stage }) => ({ id, title, stage })), stages, learners: rows, generatedAt: now.toISOString() };
}
