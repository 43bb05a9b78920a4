import type { TF } from "./types.ts";

/**
 * tfjs prints with the real console: `tensor.print()` and `model.summary()` (tutorial staples)
 * would land in the worker's devtools, not in the notebook. They are patched once per tf to write
 * to the console of the kernel that ran last.
 */
type PrintFn = (...message: unknown[]) => void;

const PATCHED = Symbol.for("dl-notebooks.printPatched");
let target: PrintFn | null = null;

export function setPrintTarget(print: PrintFn): void {
  target = print;
}

function printer(): PrintFn {
  return target ?? ((...message: unknown[]) => console.log(...message));
}

function patchSummary(proto: Record<string | symbol, unknown>): void {
  const original = proto.summary as ((this: unknown, ...args: unknown[]) => void) | undefined;
  if (typeof original !== "function" || Object.prototype.hasOwnProperty.call(original, PATCHED)) return;
  const summary = function (this: unknown, lineLength?: number, positions?: number[], printFn?: PrintFn): void {
    original.call(this, lineLength, positions, printFn ?? printer());
  };
  Object.defineProperty(summary, PATCHED, { value: true });
  proto.summary = summary;
}

export function patchPrinting(tf: TF): void {
  const tensorProto = tf.Tensor.prototype as unknown as Record<string | symbol, unknown>;
  if (!tensorProto[PATCHED]) {
    Object.defineProperty(tensorProto, PATCHED, { value: true });
    tensorProto.print = function (this: { toString(verbose?: boolean): string }, verbose = false): void {
      printer()(this.toString(verbose));
    };
  }
  patchSummary(tf.LayersModel.prototype as unknown as Record<string | symbol, unknown>);
  patchSummary(tf.Sequential.prototype as unknown as Record<string | symbol, unknown>);
}

/**
 * tfjs also warns with the real console.warn (a model compiled before its layers were unfrozen, a
 * deprecated option): in a worker nobody would see it. While a cell runs, those warnings go to
 * that run's outputs instead, as a warning notice (LIBRARY_WARNING_PREFIX), once per distinct text,
 * so the learner sees them under the cell and the lesson check can say which cell caused them.
 * Between runs the real console gets them as before.
 */
type WarnTarget = (text: string) => void;

const WARN_PATCHED = Symbol.for("dl-notebooks.warnPatched");
let warnTarget: WarnTarget | null = null;

export function setWarnTarget(target: WarnTarget | null): void {
  warnTarget = target;
}

export function patchWarnings(): void {
  const real = globalThis.console as Console & { [WARN_PATCHED]?: true };
  if (real[WARN_PATCHED]) return;
  const original = real.warn.bind(real);
  real.warn = (...message: unknown[]) => {
    if (warnTarget) warnTarget(message.map((m) => (typeof m === "string" ? m : String(m))).join(" "));
    else original(...message);
  };
  Object.defineProperty(real, WARN_PATCHED, { value: true });
}
