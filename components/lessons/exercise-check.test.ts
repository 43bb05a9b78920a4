import { describe, expect, it } from "vitest";
import { runExerciseCheck } from "./exercise-check";
import type { ExerciseRunner, RunOutcome } from "./notebook";

const ok: RunOutcome = { status: "ok", outputs: [] };
const error = (ename: string, evalue: string, line?: number): RunOutcome => ({ status: "error", outputs: [{ type: "error", ename, evalue, line }] });

function notebook(source: string | null, results: RunOutcome[]) {
  const ran: string[] = [];
  const api: ExerciseRunner = {
    getSource: () => source,
    runSource: async (code) => {
      ran.push(code);
      return results.shift() ?? ok;
    },
  };
  return { api, ran };
}

const exercise = { cellId: "exercise-mean", starter: "const m = 0;", check: "assert(m === 2, 'm should be 2')", timeLimitMs: 5000 };

describe("runExerciseCheck", () => {
  it("runs the learner's current code, then the check, and passes when both succeed", async () => {
    const { api, ran } = notebook("const m = 2;", [ok, ok]);
    expect(await runExerciseCheck(api, exercise)).toEqual({ passed: true, message: "Passed: your code meets the check." });
    expect(ran).toEqual(["const m = 2;", exercise.check]);
  });

  it("falls back to the starter when the cell has no edits", async () => {
    const { api, ran } = notebook(null, [ok, error("AssertionError", "m should be 2")]);
    expect(await runExerciseCheck(api, exercise)).toEqual({ passed: false, message: "Not yet: m should be 2" });
    expect(ran[0]).toBe(exercise.starter);
  });

  it("reports an error in the learner's code without running the check", async () => {
    const { api, ran } = notebook("const m = x;", [error("ReferenceError", "x is not defined", 1)]);
    expect(await runExerciseCheck(api, exercise)).toEqual({ passed: false, message: "Your code did not finish: ReferenceError: x is not defined (line 1)" });
    expect(ran).toHaveLength(1);
  });

  it("explains a run that was stopped", async () => {
    const { api } = notebook("while (true) {}", [{ status: "interrupted", outputs: [] }]);
    expect((await runExerciseCheck(api, exercise)).message).toBe("Your code did not finish: it was stopped (time limit 5 s)");
  });
});
