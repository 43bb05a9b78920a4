import type { Output } from "../outputs.ts";
import type { OutputSink } from "./output-sink.ts";
import { BackendUnsupportedError, CellSyntaxError, type StopReason } from "./errors.ts";
import { formatInspect } from "./format-inspect.ts";
import { inspect } from "./serialise.ts";
import { errorLine, traceback } from "./stack.ts";
import { stackLineOffset } from "./compile.ts";

/** The run's closing outputs: the error, the stop notice, the leak warning. */
export function errorOutput(error: unknown, cellId: string, lineOffset: number): Extract<Output, { type: "error" }> {
  if (error instanceof CellSyntaxError) {
    const where = error.line === undefined ? "" : ` (line ${error.line}${error.column === undefined ? "" : `, column ${error.column}`})`;
    const output: Extract<Output, { type: "error" }> = { type: "error", ename: "SyntaxError", evalue: error.message, traceback: [`SyntaxError: ${error.message}${where}`] };
    return error.line === undefined ? output : { ...output, line: error.line };
  }
  const unsupported = asBackendUnsupported(error);
  const isError = error instanceof Error;
  const ename = unsupported ? unsupported.name : isError ? error.name || "Error" : "Uncaught";
  const evalue = unsupported ? unsupported.message : isError ? error.message : formatInspect(inspect(error));
  const line = errorLine(error, cellId, lineOffset);
  const output: Extract<Output, { type: "error" }> = { type: "error", ename, evalue, traceback: traceback(ename, evalue, error, lineOffset) };
  if (unsupported) output.suggestBackend = "cpu";
  return line === undefined ? output : { ...output, line };
}

const NOT_REGISTERED = /^Kernel '(\w+)' not registered for backend '(\w+)'/;

/** Our own error, or tfjs's bare "not registered" for a kernel no backend bridge covers. */
function asBackendUnsupported(error: unknown): BackendUnsupportedError | null {
  if (error instanceof BackendUnsupportedError) return error;
  const match = error instanceof Error ? NOT_REGISTERED.exec(error.message) : null;
  if (!match || match[2] === "cpu") return null;
  return new BackendUnsupportedError(match[1]!, match[2]!, "this backend has no implementation of it");
}

function duration(ms: number): string {
  return ms >= 1000 ? `${Number((ms / 1000).toFixed(1))} s` : `${ms} ms`;
}

function stopNotice(reason: StopReason, timeLimitMs: number): Output {
  const text = reason === "time-limit"
    ? `Stopped: the cell ran past its time limit of ${duration(timeLimitMs)}. The kernel's state is kept.`
    : "Interrupted — the kernel's state is kept.";
  return { type: "notice", level: reason === "time-limit" ? "warning" : "info", text };
}

function leakNotice(count: number): Output {
  const tensors = count === 1 ? "1 tensor" : `${count} tensors`;
  return {
    type: "notice",
    level: "warning",
    text: `${tensors} created by this cell ${count === 1 ? "is" : "are"} still in memory but not held by any top-level name. Wrap temporary work in tf.tidy(() => …) or call .dispose() on tensors you no longer need.`,
  };
}

export function timerStoppedNotice(reason: StopReason): Output {
  const why = reason === "time-limit" ? "ran past the time limit" : "was interrupted";
  return { type: "notice", level: "warning", text: `A timer callback ${why}; its timer was cleared.` };
}

export type Outcome = { status: "ok"; value: unknown } | { status: "error"; error: unknown } | { status: "interrupted"; reason: StopReason };

/** The outputs that close a run; never capped (see OutputSink.final). */
export function emitClosing(sink: OutputSink, cellId: string, outcome: Outcome, leaked: number, timeLimitMs: number): void {
  if (outcome.status === "ok" && outcome.value !== undefined) {
    sink.final({ type: "result", value: inspect(outcome.value) });
  } else if (outcome.status === "error") {
    sink.final(errorOutput(outcome.error, cellId, stackLineOffset()));
  } else if (outcome.status === "interrupted") {
    sink.final(stopNotice(outcome.reason, timeLimitMs));
  }
  if (leaked > 0) sink.final(leakNotice(leaked));
  sink.flush();
}
