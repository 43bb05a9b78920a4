import { InterruptError, type StopReason } from "./errors.ts";
import type { TF } from "./types.ts";

/**
 * Stop for training: model.fit and model.fitDataset get one more callback that, after every batch
 * and epoch, asks the running kernel whether to stop and then sets `model.stopTraining = true`.
 * tfjs ends training cleanly at that point; the patched fit then throws an InterruptError so the
 * cell ends as interrupted with the model's weights kept.
 */
export type StopProbe = () => StopReason | null;

const PATCHED = Symbol.for("dl-notebooks.fitPatched");

/** The probe of the run that is executing now (set by KernelCore around each run). */
let currentProbe: StopProbe | null = null;

export function setStopProbe(probe: StopProbe | null): void {
  currentProbe = probe;
}

interface Trainable {
  stopTraining: boolean;
}

type FitLike = (this: Trainable, ...args: unknown[]) => Promise<unknown>;

function withStopCallback(tf: TF, existing: unknown, callback: object): unknown[] {
  const list = existing == null ? [] : Array.isArray(existing) ? [...existing] : [existing];
  // tfjs takes either callback objects or Callback instances, not a mix.
  const first = list[0] as { setParams?: unknown } | undefined;
  if (typeof first?.setParams === "function") list.push(new tf.CustomCallback(callback));
  else list.push(callback);
  return list;
}

function patch(tf: TF, proto: Record<string, unknown>, method: string, argsIndex: number): void {
  const original = proto[method] as FitLike | undefined;
  if (typeof original !== "function" || (original as unknown as Record<symbol, boolean>)[PATCHED]) return;
  const patched = async function (this: Trainable, ...args: unknown[]): Promise<unknown> {
    const probe = currentProbe;
    if (!probe) return original.apply(this, args);
    let stoppedBy: StopReason | null = null;
    const check = () => {
      const reason = probe();
      if (reason) {
        stoppedBy = reason;
        this.stopTraining = true;
      }
    };
    const options = (args[argsIndex] ?? {}) as { callbacks?: unknown };
    const callbacks = withStopCallback(tf, options.callbacks, { onBatchEnd: check, onEpochEnd: check });
    const nextArgs = [...args];
    nextArgs[argsIndex] = { ...options, callbacks };
    const history = await original.apply(this, nextArgs);
    if (stoppedBy) throw new InterruptError(stoppedBy);
    return history;
  };
  Object.defineProperty(patched, PATCHED, { value: true });
  proto[method] = patched;
}

/** Idempotent: the prototypes are shared by every KernelCore using this tf. */
export function patchTraining(tf: TF): void {
  const proto = tf.LayersModel.prototype as unknown as Record<string, unknown>;
  patch(tf, proto, "fit", 2);
  patch(tf, proto, "fitDataset", 1);
}
