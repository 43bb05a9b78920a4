import { InterruptError, type StopReason } from "./errors.ts";
import type { OutputSink } from "./output-sink.ts";

/**
 * The state of one run (or of one timer callback that fires between runs): its deadline, its
 * output sink and whether it was stopped. Stopping rejects `stopped`, which the run races its
 * cell against, and wakes every pending `sleep` of the run.
 */
export class RunContext {
  stopReason: StopReason | null = null;
  readonly stopped: Promise<never>;
  private rejectStopped: (error: InterruptError) => void = () => {};
  private readonly listeners = new Set<(reason: StopReason) => void>();

  constructor(
    readonly deadline: number,
    readonly timeLimitMs: number,
    readonly sink: OutputSink,
  ) {
    this.stopped = new Promise<never>((_, reject) => {
      this.rejectStopped = reject;
    });
    // Nobody may be racing against it when it rejects.
    this.stopped.catch(() => undefined);
  }

  stop(reason: StopReason): void {
    if (this.stopReason) return;
    this.stopReason = reason;
    this.rejectStopped(new InterruptError(reason));
    for (const listener of this.listeners) listener(reason);
    this.listeners.clear();
  }

  /** Calls `listener` when the run stops; returns a function that unsubscribes. */
  onStop(listener: (reason: StopReason) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
