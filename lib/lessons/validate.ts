import "server-only";
import { compileLesson } from "./compile";
import { scanCourse, type Course } from "./discover";
import { sortProblems, type LessonProblem } from "./problems";

export interface CourseValidation {
  course: Course;
  problems: LessonProblem[];
}

/**
 * Everything short of running code: frontmatter, quizzes, ids, prerequisites, and compiling every
 * lesson's MDX. The build calls this so a broken lesson fails `npm run build`.
 */
export async function validateCourse(root: string, options: { highlight?: boolean } = {}): Promise<CourseValidation> {
  const course = await scanCourse(root);
  const problems = [...course.problems];
  // Sequential: esbuild and shiki are CPU-bound, and two cores are shared with the rest of the build.
  for (const lesson of course.lessons) {
    const result = await compileLesson(lesson, { highlight: options.highlight ?? false });
    if (!result.ok) problems.push(...result.problems);
  }
  return { course, problems: sortProblems(problems) };
}
