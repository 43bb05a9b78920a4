/**
 * The client's run bookkeeping, free of DOM: runs go to the kernel one at a time, in order.
 * Output is routed by run id; output of a run the client no longer knows (superseded by a
 * restart, or long finished) is dropped.
 */
import type { Output, RunResult } from "../outputs";

export interface RunRequest {
  cellId: string;
  source: string;
  timeLimitMs: number;
}

export interface RunHandlers {
  onStart?(): void;
  onOutput?(outputs: Output[]): void;
}

interface Entry {
  runId: string;
  request: RunRequest;
  handlers: RunHandlers;
  resolve(result: RunResult): void;
}

/** Finished runs whose late async output (a timer in the cell) is still routed. */
const FINISHED_KEPT = 50;

export class RunQueue {
  private readonly waiting: Entry[] = [];
  private active: Entry | null = null;
  private readonly finished = new Map<string, RunHandlers>();

  constructor(
    private readonly send: (runId: string, request: RunRequest) => void,
    /** False until the sandbox has said hello (a message posted earlier would be lost). */
    private readonly canSend: () => boolean = () => true,
  ) {}

  get activeRunId(): string | null {
    return this.active?.runId ?? null;
  }

  get size(): number {
    return this.waiting.length + (this.active ? 1 : 0);
  }

  enqueue(runId: string, request: RunRequest, handlers: RunHandlers): Promise<RunResult> {
    return new Promise((resolve) => {
      this.waiting.push({ runId, request, handlers, resolve });
      this.pump();
    });
  }

  /** Called when the transport can take a run (connected, or a run just ended). */
  pump(): void {
    if (this.active || !this.canSend()) return;
    const next = this.waiting.shift();
    if (!next) return;
    this.active = next;
    this.send(next.runId, next.request);
  }

  started(runId: string): void {
    if (this.active?.runId === runId) this.active.handlers.onStart?.();
  }

  output(runId: string, outputs: Output[]): void {
    const handlers = this.active?.runId === runId ? this.active.handlers : this.finished.get(runId);
    handlers?.onOutput?.(outputs);
  }

  /**
   * Returns true when the ended run was the active one (the next may be sent). A run that fails
   * or is stopped aborts the runs queued behind it, as Jupyter does: they depend on it.
   */
  ended(runId: string, result: RunResult): boolean {
    if (this.active?.runId !== runId) return false;
    const entry = this.active;
    this.active = null;
    if (result.status !== "ok") this.cancelWaiting();
    this.finished.set(runId, entry.handlers);
    if (this.finished.size > FINISHED_KEPT) this.finished.delete(this.finished.keys().next().value as string);
    entry.resolve(result);
    return true;
  }

  /** Removes a waiting run; returns false when it is not waiting (it may be active). */
  cancel(runId: string): boolean {
    const index = this.waiting.findIndex((entry) => entry.runId === runId);
    if (index < 0) return false;
    const [entry] = this.waiting.splice(index, 1);
    entry?.resolve(interrupted());
    return true;
  }

  cancelWaiting(): void {
    for (const entry of this.waiting.splice(0)) entry.resolve(interrupted());
  }

  /** The kernel restarted: every run ends, and nothing they emit later is shown. */
  reset(): void {
    this.cancelWaiting();
    const active = this.active;
    this.active = null;
    this.finished.clear();
    active?.resolve(interrupted());
  }
}

function interrupted(): RunResult {
  return { status: "interrupted", durationMs: 0, tensorDelta: 0, numTensors: 0 };
}
