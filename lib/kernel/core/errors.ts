/** Errors with a meaning to the kernel: each maps to a distinct output (see kernel-core.ts). */

export type StopReason = "interrupt" | "time-limit";

/** Thrown into a running cell to stop it; the kernel's state is kept. */
export class InterruptError extends Error {
  readonly reason: StopReason;
  constructor(reason: StopReason = "interrupt") {
    super(reason === "time-limit" ? "The cell reached its time limit" : "The cell was interrupted");
    this.name = "InterruptError";
    this.reason = reason;
  }
}

/** A cell that does not parse. `line` and `column` are 1-based, in the learner's TypeScript. */
export class CellSyntaxError extends Error {
  readonly line: number | undefined;
  readonly column: number | undefined;
  constructor(message: string, line?: number, column?: number) {
    super(message);
    this.name = "SyntaxError";
    this.line = line;
    this.column = column;
  }
}

/** Thrown by `assert` and `assertClose`. */
export class AssertionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AssertionError";
  }
}

/**
 * An op the active backend cannot run and the CPU fallback cannot serve (complex64 on WASM).
 * The notebook offers to switch to the CPU backend, which runs every op.
 */
export class BackendUnsupportedError extends Error {
  readonly op: string;
  readonly backend: string;
  constructor(op: string, backend: string, why: string) {
    super(`${op} cannot run on the ${backend} backend: ${why}. Run this notebook on the CPU backend, which supports every op.`);
    this.name = "BackendUnsupportedError";
    this.op = op;
    this.backend = backend;
  }
}
