import "server-only";
import type { LessonRecord } from "./discover";
import { runMdxPipeline } from "./mdx-pipeline";
import type { LessonProblem } from "./problems";
import type { LessonStructure } from "./structure";

export interface CompiledLesson {
  /** mdx-bundler output: evaluate with getLessonContent. Never sent to the browser. */
  code: string;
  structure: LessonStructure;
}

export type CompileResult = { ok: true; lesson: CompiledLesson } | { ok: false; problems: LessonProblem[] };

const MAX_ENTRIES = 300;
const cache = new Map<string, Promise<CompileResult>>();

/**
 * Compiles a lesson once per process and content version. The key includes the quiz version because
 * `<Quiz questions>` is checked against the quiz file; the highlight flag because the check skips shiki.
 */
export function compileLesson(record: LessonRecord, options: { highlight?: boolean } = {}): Promise<CompileResult> {
  const highlight = options.highlight ?? true;
  const key = `${record.file}:${record.version}:${record.quizVersion}:${highlight}`;
  let entry = cache.get(key);
  if (!entry) {
    entry = compileUncached(record, highlight);
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
    cache.set(key, entry);
  }
  return entry;
}

/**
 * With no <Quiz> the whole quiz follows the lesson; once a lesson places questions, one it does
 * not place is never shown, and the lesson could never be completed.
 */
function unplacedQuestions(record: LessonRecord, structure: LessonStructure): LessonProblem[] {
  const placements = structure.quizPlacements;
  if (!record.quiz || placements.length === 0 || placements.some((p) => p.questions === null)) return [];
  const placed = new Set(placements.flatMap((p) => p.questions ?? []));
  return record.quiz.questions
    .filter((q) => !placed.has(q.id))
    .map((q) => ({
      file: record.file,
      line: placements[0]!.line,
      reason: `the quiz question "${q.id}" is in no <Quiz questions={[...]}>, so learners never see it and cannot complete the lesson (place it, or use <Quiz /> for every question)`,
    }));
}

async function compileUncached(record: LessonRecord, highlight: boolean): Promise<CompileResult> {
  const result = await runMdxPipeline({
    source: record.source,
    file: record.file,
    quizQuestionIds: record.quiz ? record.quiz.questions.map((q) => q.id) : record.quizFile ? "unreadable" : null,
    highlight,
  });
  const problems = [...record.problems, ...("problems" in result ? result.problems : unplacedQuestions(record, result.structure))];
  if (problems.length > 0 || !("code" in result)) return { ok: false, problems };
  return { ok: true, lesson: result };
}
