/**
 * Maps an error's stack to the learner's cell. Each cell is evaluated with
 * `//# sourceURL=cell-<id>.js`, so its frames are recognisable in V8, SpiderMonkey and JSC stacks.
 */
const FRAME = /(?:^\s*at\s+(?:async\s+)?(?:(.*?)\s+\()?|^(.*?)@)(?:.*[/\\])?cell-([\w-]+)\.js:(\d+):(\d+)/;

export function cellFileName(cellId: string): string {
  return `cell-${safeCellId(cellId)}.js`;
}

function safeCellId(cellId: string): string {
  return cellId.replace(/[^\w-]/g, "_").slice(0, 80) || "cell";
}

interface CellFrame {
  fn: string | undefined;
  cell: string;
  line: number;
}

function parseFrames(stack: string, lineOffset: number): CellFrame[] {
  const frames: CellFrame[] = [];
  for (const text of stack.split("\n")) {
    const match = FRAME.exec(text);
    if (!match) continue;
    const fn = (match[1] ?? match[2] ?? "").replace(/^async\s+/, "").replace(/^Object\./, "").replace(/^__f\$/, "");
    frames.push({ fn: fn && fn !== "eval" && fn !== "anonymous" ? fn : undefined, cell: match[3] ?? "", line: Number(match[4]) - lineOffset });
  }
  return frames;
}

function stackOf(error: unknown): string {
  const stack = (error as { stack?: unknown } | null)?.stack;
  return typeof stack === "string" ? stack : "";
}

/** The line in `cellId` where the error happened (the innermost frame of that cell). */
export function errorLine(error: unknown, cellId: string, lineOffset: number): number | undefined {
  const cell = safeCellId(cellId);
  const frame = parseFrames(stackOf(error), lineOffset).find((f) => f.cell === cell);
  return frame && frame.line >= 1 ? frame.line : undefined;
}

/** The error's message, then one line per frame in any notebook cell (other frames are noise). */
export function traceback(ename: string, evalue: string, error: unknown, lineOffset: number): string[] {
  const lines = [evalue ? `${ename}: ${evalue}` : ename];
  for (const frame of parseFrames(stackOf(error), lineOffset)) {
    lines.push(`    at ${frame.fn ?? "<cell>"} (cell ${frame.cell}, line ${frame.line})`);
  }
  return lines;
}
