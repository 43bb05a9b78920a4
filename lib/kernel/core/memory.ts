import type { Tensor } from "@tensorflow/tfjs";
import { isTensorLike } from "./tensor-format.ts";
import type { TF } from "./types.ts";

/**
 * Tensor bookkeeping per run. Each run opens a tfjs engine scope so every tensor the cell creates
 * is listed (the scope's `track` array); the scope is then closed *keeping* all of them, so nothing
 * the learner holds is freed behind their back. From that list come the leak warning (tensors
 * still alive that no top-level name reaches) and dispose-on-rebind.
 */
interface EngineScope {
  track: Tensor[];
}

interface EngineInternals {
  state: { activeScope: EngineScope | null };
  startScope(name?: string): void;
  endScope(result?: unknown): void;
}

/** How deep inside arrays, plain objects and Maps a top-level value counts as reaching a tensor. */
const REACH_DEPTH = 2;
const REACH_ITEMS = 1_000;

function engineOf(tf: TF): EngineInternals {
  return tf.engine() as unknown as EngineInternals;
}

function childrenOf(value: object): Iterable<unknown> | null {
  if (Array.isArray(value)) return value;
  if (value instanceof Map) return value.values();
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null ? Object.values(value) : null;
}

function collect(value: unknown, depth: number, into: Set<unknown>): void {
  if (typeof value !== "object" || value === null) return;
  try {
    if (isTensorLike(value)) {
      into.add(value);
      return;
    }
    const items = depth < REACH_DEPTH ? childrenOf(value) : null;
    if (!items) return;
    let n = 0;
    for (const item of items) {
      if (++n > REACH_ITEMS) break;
      collect(item, depth + 1, into);
    }
  } catch {
    // A getter or proxy that throws reaches nothing we can see.
  }
}

/** Tensors reachable from the scope's values (and the cell's result). */
function reachableTensors(scope: Record<string, unknown>, extra: unknown): Set<unknown> {
  const found = new Set<unknown>();
  for (const key of Object.keys(scope)) collect(scope[key], 0, found);
  collect(extra, 0, found);
  return found;
}

/** Top-level names holding a live tensor, to notice rebinding after the run. */
export function topLevelTensors(scope: Record<string, unknown>): Map<string, Tensor> {
  const tensors = new Map<string, Tensor>();
  for (const key of Object.keys(scope)) {
    const value = scope[key];
    if (isTensorLike(value) && !value.isDisposed) tensors.set(key, value as unknown as Tensor);
  }
  return tensors;
}

export class TensorTracker {
  private scope: EngineScope | null = null;

  constructor(private readonly tf: TF) {}

  begin(): void {
    const engine = engineOf(this.tf);
    engine.startScope("notebook-cell");
    this.scope = engine.state.activeScope;
  }

  /** Drops disposed tensors from the list, so a long loop does not hold millions of them. */
  compact(): void {
    const scope = this.scope;
    if (scope && scope.track.length > 50_000) scope.track = scope.track.filter((t) => !t.isDisposed);
  }

  /**
   * Closes the scope without disposing anything; returns the live tensors the run created, minus
   * variables and `tf.keep`-ed tensors (libraries keep some on purpose, e.g. SGD's learning rate).
   */
  end(): Tensor[] {
    const engine = engineOf(this.tf);
    const scope = this.scope;
    this.scope = null;
    if (!scope) return [];
    const created = [...new Set(scope.track)].filter((t) => !t.isDisposed && !t.kept && !(t instanceof this.tf.Variable));
    // Only close our own scope: a cell that opened (and left open) scopes of its own keeps them.
    if (engine.state.activeScope === scope) engine.endScope(scope.track);
    return created;
  }
}

/**
 * After a run: disposes tensors that lost their name (re-running `const w = tf.randomNormal(…)`
 * must not leak) unless another top-level value still reaches them; returns how many tensors the
 * run created that nothing reaches (the leak warning).
 */
export function settleTensors(tf: TF, created: Tensor[], before: Map<string, Tensor>, scope: Record<string, unknown>, result: unknown): number {
  const reachable = reachableTensors(scope, result);
  for (const [name, tensor] of before) {
    if (scope[name] === tensor || tensor.isDisposed || reachable.has(tensor) || tensor instanceof tf.Variable) continue;
    tensor.dispose();
  }
  return created.filter((t) => !t.isDisposed && !reachable.has(t)).length;
}

/** For reset(): frees the tensors and models the scope holds, then empties it. */
export function disposeScope(scope: Record<string, unknown>): void {
  for (const tensor of reachableTensors(scope, undefined)) (tensor as Tensor).dispose();
  for (const value of Object.values(scope)) {
    const model = value as { layers?: unknown; dispose?: () => unknown } | null;
    if (!model || !Array.isArray(model.layers) || typeof model.dispose !== "function") continue;
    try {
      model.dispose();
    } catch {
      // Already disposed: nothing left to free.
    }
  }
  for (const key of Object.keys(scope)) delete scope[key];
}
