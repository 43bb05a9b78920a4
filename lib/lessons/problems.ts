/** One thing wrong with the course, precise enough to jump to: `file:line: reason`. */
export interface LessonProblem {
  /** Path relative to the project (or course root), with forward slashes. */
  file: string;
  line?: number;
  reason: string;
}

export function formatProblem(p: LessonProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ""}: ${p.reason}`;
}

export function sortProblems(problems: LessonProblem[]): LessonProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
