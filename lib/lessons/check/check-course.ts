import "server-only";
import { compileLesson } from "../compile";
import { scanCourse } from "../discover";
import { sortProblems, type LessonProblem } from "../problems";
import type { KernelFactory } from "./kernel";
import { checkLessonCode, countBlocks } from "./run-lesson";

export interface CheckSummary {
  lessons: number;
  cells: number;
  exercises: number;
  quizQuestions: number;
  durationMs: number;
}

export interface CheckOptions {
  root: string;
  /** Null validates only (frontmatter, quizzes, MDX) without running any code. */
  kernelFactory: KernelFactory | null;
  /** Called as each lesson finishes, for progress output. */
  onLesson?: (file: string, problems: number, durationMs: number) => void;
}

/** The whole lesson check: validation, then every lesson's code in a fresh kernel. */
export async function checkCourse(options: CheckOptions): Promise<{ problems: LessonProblem[]; summary: CheckSummary }> {
  const started = performance.now();
  const course = await scanCourse(options.root);
  const problems: LessonProblem[] = [...course.problems];
  const summary: CheckSummary = { lessons: course.lessons.length, cells: 0, exercises: 0, quizQuestions: 0, durationMs: 0 };

  for (const lesson of course.lessons) {
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
      try {
        lessonProblems = await checkLessonCode(lesson.file, lesson.id, structure, kernel);
      } finally {
        kernel.dispose();
      }
    }
    problems.push(...lessonProblems);
    options.onLesson?.(lesson.file, lessonProblems.length, performance.now() - lessonStarted);
  }
  summary.durationMs = performance.now() - started;
  return { problems: sortProblems(problems), summary };
}
