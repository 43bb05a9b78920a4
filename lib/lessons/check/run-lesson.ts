import { LIBRARY_WARNING_PREFIX } from "@/lib/kernel/outputs";
import type { LessonProblem } from "../problems";
import type { CellBlock, ExerciseBlock, LessonStructure, Snippet } from "../structure";
import { describeFailure, failed, type CheckKernel, type CheckRun } from "./kernel";

/**
 * One run of the check, as `--outputs` prints it and the summary ranks it: what ran ("cell 3",
 * `exercise "x" solution`), where it starts in the file, and what it did. Starters and wrong
 * answers are `practice`: they are meant to fail, so their outputs and warnings are not the lesson's.
 */
export interface RunRecord {
  label: string;
  line: number;
  practice: boolean;
  run: CheckRun;
}

export interface LessonRunStats {
  cells: number;
  exercises: number;
}

interface Ctx {
  file: string;
  lessonId: string;
  kernel: CheckKernel;
  problems: LessonProblem[];
  onRun?: (record: RunRecord) => void;
}

/**
 * Runs one snippet and reports it. Outside practice runs, a warning the learner would see under the
 * cell is the lesson's problem: one TensorFlow.js printed, or the kernel's own (tensors left in
 * memory), unless the cell says it shows that notice on purpose (`expectNotice`; then its absence
 * is the problem, so the marker cannot go stale). A run that failed is reported for its error only.
 */
async function runSnippet(
  ctx: Ctx,
  cellId: string,
  snippet: Snippet,
  timeLimitMs: number,
  label: string,
  options: { practice?: boolean; expectNotice?: boolean } = {},
): Promise<CheckRun> {
  const practice = options.practice ?? false;
  const run = await ctx.kernel.run(cellId, snippet.source, timeLimitMs);
  ctx.onRun?.({ label, line: snippet.line, practice, run });
  if (practice || failed(run)) return run;
  const problem = (reason: string) => ctx.problems.push({ file: ctx.file, line: snippet.line, reason: `lesson "${ctx.lessonId}" ${label}: ${reason}` });
  const warnings = (run.outputs ?? []).flatMap((o) => (o.type === "notice" && o.level === "warning" ? [o.text] : []));
  for (const text of warnings.filter((t) => t.startsWith(LIBRARY_WARNING_PREFIX))) problem(`${text} (fix the code; a learner sees this warning too)`);
  const kernelNotices = warnings.filter((t) => !t.startsWith(LIBRARY_WARNING_PREFIX));
  if (options.expectNotice && kernelNotices.length === 0) problem("is marked expectNotice but ended without a notice (remove the marker)");
  if (!options.expectNotice) {
    for (const text of kernelNotices) problem(`ends with the notice "${text.split(". ")[0]}." (dispose or tf.tidy what the cell does not keep; mark the cell expectNotice only when the notice is the point)`);
  }
  return run;
}

/** The file line of a failure: the snippet's first code line plus the kernel's line within it. */
function failureLine(snippet: Snippet, run: CheckRun): number {
  return snippet.line + (run.error?.line ?? 1);
}

/**
 * Runs a lesson top to bottom in one kernel, as a learner would: setup, then every cell and exercise
 * in document order. For an exercise the starter and each `wrong` must fail the check and the
 * solution must pass it; the solution runs last so later cells see a solved exercise.
 */
export async function checkLessonCode(
  file: string,
  lessonId: string,
  structure: LessonStructure,
  kernel: CheckKernel,
  onRun?: (record: RunRecord) => void,
): Promise<LessonProblem[]> {
  const ctx: Ctx = { file, lessonId, kernel, problems: [], onRun };
  for (const [i, setup] of structure.setup.entries()) {
    const run = await runSnippet(ctx, `setup-${i + 1}`, setup, 60_000, `setup ${i + 1}`);
    if (failed(run)) {
      ctx.problems.push({ file, line: failureLine(setup, run), reason: `lesson "${lessonId}" setup: ${describeFailure(run, 60_000)}` });
      return ctx.problems; // every cell depends on setup: their errors would only repeat this one
    }
  }
  for (const block of structure.blocks) {
    if (block.kind === "cell") await checkCell(ctx, block);
    else await checkExercise(ctx, block);
  }
  return ctx.problems;
}

async function checkCell(ctx: Ctx, cell: CellBlock): Promise<void> {
  const run = await runSnippet(ctx, cell.cellId, cell, cell.timeLimitMs, `cell ${cell.index}`, { expectNotice: cell.expectNotice });
  if (failed(run)) {
    ctx.problems.push({
      file: ctx.file,
      line: failureLine(cell, run),
      reason: `lesson "${ctx.lessonId}" cell ${cell.index}: ${describeFailure(run, cell.timeLimitMs)}`,
    });
  }
}

/** Runs an answer and then the check in the same kernel; returns the first run that failed, if any. */
async function answerThenCheck(ctx: Ctx, ex: ExerciseBlock, answer: Snippet, which: string): Promise<{ run: CheckRun; snippet: Snippet } | null> {
  const practice = which !== "solution";
  const label = `exercise "${ex.id}" ${which}`;
  const first = await runSnippet(ctx, ex.cellId, answer, ex.timeLimitMs, label, { practice });
  if (failed(first)) return { run: first, snippet: answer };
  const check = await runSnippet(ctx, `${ex.cellId}-check`, ex.check, ex.timeLimitMs, `${label}'s check`, { practice });
  return failed(check) ? { run: check, snippet: ex.check } : null;
}

async function checkExercise(ctx: Ctx, ex: ExerciseBlock): Promise<void> {
  const label = `lesson "${ctx.lessonId}" exercise "${ex.id}"`;
  if ((await answerThenCheck(ctx, ex, ex.starter, "starter")) === null) {
    ctx.problems.push({ file: ctx.file, line: ex.starter.line, reason: `${label}: the starter already passes the check (the check must fail until the learner solves it)` });
  }
  for (const [i, wrong] of ex.wrong.entries()) {
    if ((await answerThenCheck(ctx, ex, wrong, `wrong answer ${i + 1}`)) === null) {
      ctx.problems.push({ file: ctx.file, line: wrong.line, reason: `${label}: wrong answer ${i + 1} passes the check (make the check stricter)` });
    }
  }
  const solved = await answerThenCheck(ctx, ex, ex.solution, "solution");
  if (solved) {
    const which = solved.snippet === ex.check ? "the check fails on the solution" : "the solution fails";
    ctx.problems.push({
      file: ctx.file,
      line: failureLine(solved.snippet, solved.run),
      reason: `${label}: ${which}: ${describeFailure(solved.run, ex.timeLimitMs)}`,
    });
  }
}

export function countBlocks(structure: LessonStructure): LessonRunStats {
  return {
    cells: structure.blocks.filter((b) => b.kind === "cell").length,
    exercises: structure.blocks.filter((b) => b.kind === "exercise").length,
  };
}
