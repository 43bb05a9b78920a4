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

/**
 * How far training may run ahead of the GPU. Without any readback, WebGL queues batch after batch
 * and a Stop waits until the whole queue has run (seconds on a software GPU under load); with a
 * readback every batch, a fast GPU idles. So: one readback of the loss per SYNC_EVERY_BATCHES
 * batches or SYNC_EVERY_MS, whichever comes first. On CPU and WASM the value is already there.
 */
const SYNC_EVERY_BATCHES = 8;
const SYNC_EVERY_MS = 100;

/**
 * The stop check as a tf.Callback subclass, not a callback config: tfjs wraps configs in a
 * CustomCallback that resolves the batch's loss before calling onBatchEnd, which on WebGL is a GPU
 * readback every batch (a bare worker pays none). Ours reads the stop flag, and the loss now and then.
 */
function stopCallback(tf: TF, check: () => void): object {
  let batches = 0;
  let syncedAt = performance.now();
  const StopCheck = class extends tf.Callback {
    override async onBatchEnd(_batch: number, logs?: Record<string, unknown>): Promise<void> {
      check();
      batches += 1;
      const now = performance.now();
      if (batches < SYNC_EVERY_BATCHES && now - syncedAt < SYNC_EVERY_MS) return;
      batches = 0;
      const loss = logs?.["loss"];
      if (loss instanceof tf.Tensor && !loss.isDisposed) await loss.data();
      syncedAt = performance.now();
      check();
    }
    override async onEpochEnd(): Promise<void> {
      check();
    }
  };
  return new StopCheck();
}

/** tfjs takes either Callback instances or configs, not a mix: configs become CustomCallbacks here. */
function withStopCallback(tf: TF, existing: unknown, yieldEvery: unknown, check: () => void): unknown[] {
  const list = existing == null ? [] : Array.isArray(existing) ? [...existing] : [existing];
  const asCallbacks = list.map((item) =>
    item instanceof tf.Callback || typeof (item as { setParams?: unknown }).setParams === "function"
      ? item
      : new tf.CustomCallback(item as ConstructorParameters<TF["CustomCallback"]>[0], yieldEvery as never),
  );
  // Without configs tfjs would add an empty CustomCallback that yields to the event loop now and then.
  if (asCallbacks.length === 0) asCallbacks.push(new tf.CustomCallback({}, yieldEvery as never));
  asCallbacks.push(stopCallback(tf, check));
  return asCallbacks;
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
    const options = (args[argsIndex] ?? {}) as { callbacks?: unknown; yieldEvery?: unknown };
    const callbacks = withStopCallback(tf, options.callbacks, options.yieldEvery, check);
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
