import { InterruptError } from "./errors.ts";
import type { RunContext } from "./run-context.ts";

/** The host's own timers, captured before any cell can shadow them. */
export const realSetTimeout = globalThis.setTimeout.bind(globalThis);
const realClearTimeout = globalThis.clearTimeout.bind(globalThis);
export const realSetInterval = globalThis.setInterval.bind(globalThis);
export const realClearInterval = globalThis.clearInterval.bind(globalThis);

type Handle = ReturnType<typeof setTimeout>;

export interface TimerHooks {
  /** Runs a timer callback under the kernel's stop checks; `clear` cancels its timer. */
  invoke(callback: () => unknown, clear: () => void): void;
  currentRun(): RunContext | null;
}

/**
 * The setTimeout/setInterval cells see: every timer is tracked so interrupt() and reset() can
 * clear them, and an interval cannot keep running after Stop.
 */
export class CellTimers {
  private readonly live = new Map<Handle, "timeout" | "interval">();

  constructor(private readonly hooks: TimerHooks) {}

  get count(): number {
    return this.live.size;
  }

  readonly setTimeout = (callback: (...args: unknown[]) => unknown, ms?: number, ...args: unknown[]): Handle => {
    if (typeof callback !== "function") throw new TypeError("setTimeout needs a function");
    const handle: Handle = realSetTimeout(() => {
      this.live.delete(handle);
      this.hooks.invoke(() => callback(...args), () => undefined);
    }, ms);
    this.live.set(handle, "timeout");
    return handle;
  };

  readonly setInterval = (callback: (...args: unknown[]) => unknown, ms?: number, ...args: unknown[]): Handle => {
    if (typeof callback !== "function") throw new TypeError("setInterval needs a function");
    const handle: Handle = realSetInterval(() => {
      this.hooks.invoke(() => callback(...args), () => this.clearInterval(handle));
    }, ms);
    this.live.set(handle, "interval");
    return handle;
  };

  readonly clearTimeout = (handle?: Handle): void => {
    if (handle === undefined) return;
    realClearTimeout(handle);
    this.live.delete(handle);
  };

  readonly clearInterval = (handle?: Handle): void => {
    if (handle === undefined) return;
    realClearInterval(handle);
    this.live.delete(handle);
  };

  clearAll(): void {
    for (const [handle, kind] of this.live) {
      if (kind === "interval") realClearInterval(handle);
      else realClearTimeout(handle);
    }
    this.live.clear();
  }

  /** `sleep(ms)`: rejects at once with an InterruptError when the run that awaits it stops. */
  readonly sleep = (ms: number): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const run = this.hooks.currentRun();
      if (run?.stopReason) {
        reject(new InterruptError(run.stopReason));
        return;
      }
      let unsubscribe: () => void = () => undefined;
      const handle = realSetTimeout(() => {
        unsubscribe();
        resolve();
      }, ms);
      if (run) {
        unsubscribe = run.onStop((reason) => {
          realClearTimeout(handle);
          reject(new InterruptError(reason));
        });
      }
    });
}
