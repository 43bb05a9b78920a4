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

async function compileUncached(record: LessonRecord, highlight: boolean): Promise<CompileResult> {
  const result = await runMdxPipeline({
    source: record.source,
    file: record.file,
    quizQuestionIds: record.quiz ? record.quiz.questions.map((q) => q.id) : record.quizFile ? [] : null,
    highlight,
  });
  const problems = [...record.problems, ...("problems" in result ? result.problems : [])];
  if (problems.length > 0 || !("code" in result)) return { ok: false, problems };
  return { ok: true, lesson: result };
}
