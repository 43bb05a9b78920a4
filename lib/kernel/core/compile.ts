import { CellSyntaxError } from "./errors.ts";
import { cellFileName, errorLine } from "./stack.ts";
import type { CellRuntime } from "./cell-runtime.ts";

export type CellFunction = (scope: Record<string, unknown>, globals: Record<string, unknown>, runtime: CellRuntime) => Promise<unknown[] | undefined>;

/**
 * Evaluates a transformed cell into its function. Indirect eval runs in global sloppy mode (the
 * cell body needs `with`), and the sourceURL names the cell's frames in stacks.
 */
export function compileCell(code: string, cellId: string): CellFunction {
  const indirectEval = eval;
  try {
    return indirectEval(`${code}\n//# sourceURL=${cellFileName(cellId)}`) as CellFunction;
  } catch (error) {
    if (error instanceof SyntaxError) throw new CellSyntaxError(error.message);
    throw error;
  }
}

let offset: number | undefined;

/**
 * How many lines the engine reports before a cell's line 1 (0 in V8, SpiderMonkey and JSC for
 * eval code, but measured once rather than assumed).
 */
export function stackLineOffset(): number {
  if (offset === undefined) {
    const probeId = "line-probe";
    let reported: number | undefined;
    try {
      const indirectEval = eval as (code: string) => () => Error;
      const makeError = indirectEval(`(function () { return new Error("probe"); })\n//# sourceURL=${cellFileName(probeId)}`);
      reported = errorLine(makeError(), probeId, 0);
    } catch {
      reported = undefined;
    }
    offset = reported === undefined ? 0 : reported - 1;
  }
  return offset;
}
