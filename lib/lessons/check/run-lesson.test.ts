import { describe, expect, it } from "vitest";
import type { LessonStructure } from "../structure";
import type { CheckKernel, CheckRun } from "./kernel";
import { checkLessonCode } from "./run-lesson";

/** A kernel that "fails" any source containing FAIL (on line 2 of it) and records what ran. */
function fakeKernel() {
  const ran: string[] = [];
  const kernel: CheckKernel = {
    async run(cellId, source): Promise<CheckRun> {
      ran.push(`${cellId}: ${source}`);
      const fail = source.includes("FAIL");
      const outputs: CheckRun["outputs"] = [];
      if (source.includes("LEAK")) outputs.push({ type: "notice", level: "warning", text: "2 tensors created by this cell are still in memory but not held by any top-level name. Wrap temporary work in tf.tidy." });
      if (source.includes("WARN")) outputs.push({ type: "notice", level: "warning", text: "TensorFlow.js warned: Discrepancy between trainableweights and collected trainable weights." });
      return {
        status: fail ? "error" : "ok",
        error: fail ? { type: "error", ename: "AssertionError", evalue: "nope", traceback: [], line: 2 } : null,
        durationMs: 1,
        outputs,
      };
    },
    dispose() {},
  };
  return { kernel, ran };
}

const exercise = (over: Partial<{ starter: string; solution: string; wrong: string[] }>): LessonStructure["blocks"][number] => ({
  kind: "exercise", id: "ex", title: "Ex", cellId: "exercise-ex", line: 20, timeLimitMs: 1000, hints: 0,
  starter: { source: over.starter ?? "FAIL starter", line: 22 },
  solution: { source: over.solution ?? "good", line: 26 },
  check: { source: "check", line: 30 },
  wrong: (over.wrong ?? []).map((source, i) => ({ source, line: 34 + i * 4 })),
});

function structure(blocks: LessonStructure["blocks"], setup: string[] = []): LessonStructure {
  return { setup: setup.map((source, i) => ({ source, line: 5 + i })), blocks, headings: [], quizPlacements: [], problems: [] };
}

describe("checkLessonCode", () => {
  it("runs setup, cells and exercises in order, the solution last", async () => {
    const { kernel, ran } = fakeKernel();
    const problems = await checkLessonCode("l.mdx", "l", structure([
      { kind: "cell", index: 1, cellId: "cell-1", source: "a", line: 10, timeLimitMs: 1000, readOnly: false, expectNotice: false },
      exercise({ wrong: ["FAIL wrong"] }),
    ], ["setup"]), kernel);
    expect(problems).toEqual([]);
    expect(ran).toEqual(["setup-1: setup", "cell-1: a", "exercise-ex: FAIL starter", "exercise-ex: FAIL wrong", "exercise-ex: good", "exercise-ex-check: check"]);
  });

  it("names the lesson, cell and file line of a failing cell", async () => {
    const { kernel } = fakeKernel();
    const problems = await checkLessonCode("l.mdx", "l", structure([
      { kind: "cell", index: 3, cellId: "cell-3", source: "x\nFAIL", line: 10, timeLimitMs: 1000, readOnly: false, expectNotice: false },
    ]), kernel);
    expect(problems).toEqual([{ file: "l.mdx", line: 12, reason: 'lesson "l" cell 3: AssertionError: nope' }]);
  });

  it("fails an exercise whose starter or wrong answer passes, or whose solution fails", async () => {
    const { kernel } = fakeKernel();
    const problems = await checkLessonCode("l.mdx", "l", structure([exercise({ starter: "ok", wrong: ["also ok"], solution: "FAIL" })]), kernel);
    expect(problems.map((p) => [p.line, p.reason])).toEqual([
      [22, 'lesson "l" exercise "ex": the starter already passes the check (the check must fail until the learner solves it)'],
      [34, 'lesson "l" exercise "ex": wrong answer 1 passes the check (make the check stricter)'],
      [28, 'lesson "l" exercise "ex": the solution fails: AssertionError: nope'],
    ]);
  });

  it("stops at a failing setup instead of repeating its error for every cell", async () => {
    const { kernel, ran } = fakeKernel();
    const problems = await checkLessonCode("l.mdx", "l", structure([
      { kind: "cell", index: 1, cellId: "cell-1", source: "a", line: 10, timeLimitMs: 1000, readOnly: false, expectNotice: false },
    ], ["FAIL"]), kernel);
    expect(problems).toEqual([{ file: "l.mdx", line: 7, reason: 'lesson "l" setup: AssertionError: nope' }]);
    expect(ran).toEqual(["setup-1: FAIL"]);
  });

  it("fails a cell, setup or solution that ends with a notice it does not expect, an expectNotice cell without one, never a practice run", async () => {
    const { kernel } = fakeKernel();
    const cell = (index: number, source: string, expectNotice = false) =>
      ({ kind: "cell", index, cellId: `cell-${index}`, source, line: index * 10, timeLimitMs: 1000, readOnly: false, expectNotice }) as const;
    const problems = await checkLessonCode("l.mdx", "l", structure([
      cell(1, "LEAK"),
      cell(2, "LEAK on purpose", true),
      cell(3, "clean", true),
      cell(4, "WARN"),
      exercise({ starter: "FAIL LEAK WARN", wrong: ["FAIL LEAK"], solution: "good LEAK" }),
    ]), kernel);
    expect(problems.map((p) => `${p.line}: ${p.reason}`)).toEqual([
      '10: lesson "l" cell 1: ends with the notice "2 tensors created by this cell are still in memory but not held by any top-level name." (dispose or tf.tidy what the cell does not keep; mark the cell expectNotice only when the notice is the point)',
      '30: lesson "l" cell 3: is marked expectNotice but ended without a notice (remove the marker)',
      '40: lesson "l" cell 4: TensorFlow.js warned: Discrepancy between trainableweights and collected trainable weights. (fix the code; a learner sees this warning too)',
      '26: lesson "l" exercise "ex" solution: ends with the notice "2 tensors created by this cell are still in memory but not held by any top-level name." (dispose or tf.tidy what the cell does not keep; mark the cell expectNotice only when the notice is the point)',
    ]);
  });
});
