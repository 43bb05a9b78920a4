import type { ExerciseRunner, RunOutcome } from "./notebook";

export interface CheckOutcome {
  passed: boolean;
  message: string;
}

function firstError(outcome: RunOutcome) {
  return outcome.outputs.find((o) => o.type === "error") ?? null;
}

function failure(outcome: RunOutcome, timeLimitMs: number): string | null {
  const error = firstError(outcome);
  if (error) return `${error.ename === "AssertionError" ? "" : `${error.ename ?? "Error"}: `}${error.evalue ?? ""}`.trim();
  if (outcome.status === "interrupted") return `it was stopped (time limit ${Math.round(timeLimitMs / 1000)} s)`;
  if (outcome.status === "error") return "it failed";
  return null;
}

/**
 * What Check does: run the learner's current code in the page's kernel, then the exercise's check
 * code; the exercise passes when neither fails. The same rule the lesson check applies in Node.
 */
export async function runExerciseCheck(
  notebook: ExerciseRunner,
  exercise: { cellId: string; starter: string; check: string; timeLimitMs: number },
): Promise<CheckOutcome> {
  const code = notebook.getSource(exercise.cellId) ?? exercise.starter;
  const ran = await notebook.runSource(code, { timeLimitMs: exercise.timeLimitMs, silent: true });
  const ranProblem = failure(ran, exercise.timeLimitMs);
  if (ranProblem) {
    const line = firstError(ran)?.line;
    return { passed: false, message: `Your code did not finish: ${ranProblem}${line ? ` (line ${line})` : ""}` };
  }
  const checked = await notebook.runSource(exercise.check, { timeLimitMs: exercise.timeLimitMs, silent: true });
  const checkProblem = failure(checked, exercise.timeLimitMs);
  if (checkProblem) return { passed: false, message: `Not yet: ${checkProblem}` };
  return { passed: true, message: "Passed: your code meets the check." };
}
