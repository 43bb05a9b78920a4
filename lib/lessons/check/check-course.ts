import "server-only";
import path from "node:path";
import { compileLesson } from "../compile";
import { scanCourse } from "../discover";
import { sortProblems, type LessonProblem } from "../problems";
import type { KernelFactory } from "./kernel";
import { checkLessonCode, countBlocks, type RunRecord } from "./run-lesson";

interface SlowRun {
  lessonId: string;
  file: string;
  label: string;
  line: number;
  ms: number;
}

export interface CheckSummary {
  lessons: number;
  cells: number;
  exercises: number;
  quizQuestions: number;
  durationMs: number;
  /** The slowest runs of the selection, slowest first (SLOWEST_RUNS of them). */
  slowest: SlowRun[];
  /** Lessons whose code ran past the warning line but within the budget. */
  nearBudget: Array<{ lessonId: string; file: string; seconds: number }>;
}

export interface CheckOptions {
  root: string;
  /** Null validates only (frontmatter, quizzes, MDX) without running any code. */
  kernelFactory: KernelFactory | null;
  /** A lesson whose code takes longer than this to run is a problem (default 30 s). */
  budgetMs?: number;
  /** Lesson ids or files (relative to the working directory) to check; the rest are only validated. */
  only?: readonly string[];
  /** Called as each lesson finishes, for progress output. */
  onLesson?: (file: string, problems: number, durationMs: number) => void;
  /** Called after every run of a lesson's code (for `--outputs`). */
  onRun?: (lesson: { id: string; file: string }, record: RunRecord) => void;
}

/** Learners wait for every cell; the check holds each lesson to this (LESSON_BUDGET_SECONDS overrides). */
const DEFAULT_BUDGET_MS = 30_000;
/** Past this share of the budget a lesson is reported as close to it (a warning, not a failure). */
const WARN_SHARE = 2 / 3;
const SLOWEST_RUNS = 5;

/** The whole lesson check: validation, then every lesson's code in a fresh kernel. */
export async function checkCourse(options: CheckOptions): Promise<{ problems: LessonProblem[]; summary: CheckSummary }> {
  const started = performance.now();
  const course = await scanCourse(options.root);
  const problems: LessonProblem[] = [...course.problems];
  const selected = selectLessons(course.lessons, options.only, problems);
  const summary: CheckSummary = { lessons: selected.length, cells: 0, exercises: 0, quizQuestions: 0, durationMs: 0, slowest: [], nearBudget: [] };
  const runs: SlowRun[] = [];

  for (const lesson of selected) {
    const lessonStarted = performance.now();
    summary.quizQuestions += lesson.quiz?.questions.length ?? 0;
    const compiled = await compileLesson(lesson, { highlight: false });
    if (!compiled.ok) {
      problems.push(...compiled.problems);
      options.onLesson?.(lesson.file, compiled.problems.length, performance.now() - lessonStarted);
      continue;
    }
    const { structure } = compiled.lesson;
    const counts = countBlocks(structure);
    summary.cells += counts.cells;
    summary.exercises += counts.exercises;
    let lessonProblems: LessonProblem[] = [];
    if (options.kernelFactory) {
      const kernel = await options.kernelFactory();
      const codeStarted = performance.now();
      try {
        lessonProblems = await checkLessonCode(lesson.file, lesson.id, structure, kernel, (record) => {
          runs.push({ lessonId: lesson.id, file: lesson.file, label: record.label, line: record.line, ms: record.run.durationMs });
          options.onRun?.({ id: lesson.id, file: lesson.file }, record);
        });
      } finally {
        kernel.dispose();
      }
      const seconds = (performance.now() - codeStarted) / 1000;
      const budget = (options.budgetMs ?? DEFAULT_BUDGET_MS) / 1000;
      if (seconds > budget) {
        lessonProblems.push({
          file: lesson.file,
          line: 1,
          reason: `lesson "${lesson.id}" took ${seconds.toFixed(1)} s to run; the budget is ${budget} s (use fewer epochs or a smaller dataset)`,
        });
      } else if (seconds > budget * WARN_SHARE) {
        summary.nearBudget.push({ lessonId: lesson.id, file: lesson.file, seconds });
      }
    }
    problems.push(...lessonProblems);
    options.onLesson?.(lesson.file, lessonProblems.length, performance.now() - lessonStarted);
  }
  summary.durationMs = performance.now() - started;
  summary.slowest = runs.sort((a, b) => b.ms - a.ms).slice(0, SLOWEST_RUNS);
  return { problems: sortProblems(problems), summary };
}

type ScannedLesson = Awaited<ReturnType<typeof scanCourse>>["lessons"][number];

/** The lessons named by id or file; an unknown name is a problem of its own. */
function selectLessons(lessons: ScannedLesson[], only: readonly string[] | undefined, problems: LessonProblem[]): ScannedLesson[] {
  if (!only || only.length === 0) return lessons;
  const wanted = new Set<ScannedLesson>();
  for (const name of only) {
    const file = path.resolve(name);
    const match = lessons.find((l) => l.id === name || path.resolve(l.file) === file);
    if (match) wanted.add(match);
    else problems.push({ file: name, line: 1, reason: `no lesson has the id or file "${name}"` });
  }
  return lessons.filter((l) => wanted.has(l));
}
