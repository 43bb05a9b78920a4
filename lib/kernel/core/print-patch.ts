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
