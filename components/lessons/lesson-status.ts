import { DEFAULT_COMPLETION, type CompletionRule, type LessonStatus } from "@/lib/progress/completion";

/** The counts the page has about one learner in one lesson (lib/progress/statuses.ts). */
export interface LessonCounts {
  status: LessonStatus;
  exercisesPassed: number;
  exercisesTotal: number;
  quizAnswered: number;
  quizCorrect: number;
  quizTotal: number;
}

export interface LessonStatusView {
  status: LessonStatus;
  label: string;
  /** What is done and what is left, e.g. ["2 of 3 exercises passed", "quiz answered"]. */
  parts: string[];
}

const LABELS: Record<LessonStatus, string> = { "not-started": "Not started", "in-progress": "In progress", completed: "Complete" };
const plural = (n: number, word: string) => `${word}${n === 1 ? "" : "s"}`;

function exercisePart(c: LessonCounts, rule: CompletionRule): { text: string | null; met: boolean } {
  if (rule.exercises === "none" || c.exercisesTotal === 0) return { text: null, met: true };
  const needed = rule.exercises === "all" ? c.exercisesTotal : Math.min(rule.exercises, c.exercisesTotal);
  const base = `${c.exercisesPassed} of ${c.exercisesTotal} ${plural(c.exercisesTotal, "exercise")} passed`;
  return { text: needed < c.exercisesTotal ? `${base} (${needed} needed)` : base, met: c.exercisesPassed >= needed };
}

function quizPart(c: LessonCounts, rule: CompletionRule): { text: string | null; met: boolean } {
  if (rule.quiz === "none" || c.quizTotal === 0) return { text: null, met: true };
  const correct = rule.quiz === "correct";
  const done = correct ? c.quizCorrect : c.quizAnswered;
  if (done >= c.quizTotal) return { text: correct ? "quiz answered correctly" : "quiz answered", met: true };
  return { text: `${done} of ${c.quizTotal} quiz ${plural(c.quizTotal, "question")} ${correct ? "right" : "answered"}`, met: false };
}

/**
 * The lesson page's status line. `opened`: the learner is on the page, which records that they
 * started it, so "not started" from the server (the event may still be on its way) reads as started.
 */
export function describeLessonStatus(counts: LessonCounts, rule: CompletionRule = DEFAULT_COMPLETION, opened = false): LessonStatusView {
  const exercises = exercisePart(counts, rule);
  const quiz = quizPart(counts, rule);
  let status = counts.status;
  if (status === "not-started" && opened) status = exercises.met && quiz.met ? "completed" : "in-progress";
  const parts = [exercises.text, quiz.text].filter((p): p is string => p !== null);
  return { status, label: LABELS[status], parts };
}
