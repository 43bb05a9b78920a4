/**
 * Per-cell UI state with per-cell subscriptions (a cell re-renders only when its own state
 * changes; React reads it through useSyncExternalStore). Output is applied at most once per
 * animation frame, however fast the kernel sends it.
 */
import type { Output } from "@/lib/kernel/outputs";
import { appendOutputs } from "./output-model";

type CellStatus = "idle" | "queued" | "running" | "done" | "error";

export interface CellState {
  cellId: string;
  original: string;
  source: string;
  timeLimitMs?: number;
  readOnly: boolean;
  edited: boolean;
  stale: boolean;
  status: CellStatus;
  runId: string | null;
  outputs: Output[];
  execCount: number | null;
  durationMs: number | null;
  /** When the current run started (Date.now()), for the elapsed time while it runs. */
  startedAt: number | null;
  tensorDelta: number | null;
  numTensors: number | null;
  leak: boolean;
  /** Bumped to ask the cell to take keyboard focus. */
  focusRequest: number;
}

export type Schedule = (flush: () => void) => void;

export class CellStore {
  private readonly cells = new Map<string, CellState>();
  private readonly listeners = new Map<string, Set<() => void>>();
  private readonly pending = new Map<string, { runId: string; outputs: Output[] }>();
  private flushScheduled = false;

  constructor(private readonly schedule: Schedule) {}

  ids(): string[] {
    return [...this.cells.keys()];
  }

  get(cellId: string): CellState | undefined {
    return this.cells.get(cellId);
  }

  set(cellId: string, state: CellState): void {
    this.cells.set(cellId, state);
    this.notify(cellId);
  }

  update(cellId: string, patch: Partial<CellState>): void {
    const current = this.cells.get(cellId);
    if (current) this.set(cellId, { ...current, ...patch });
  }

  delete(cellId: string): void {
    this.cells.delete(cellId);
    this.pending.delete(cellId);
  }

  subscribe(cellId: string, listener: () => void): () => void {
    const set = this.listeners.get(cellId) ?? new Set();
    set.add(listener);
    this.listeners.set(cellId, set);
    return () => set.delete(listener);
  }

  /** Queues output for the cell's current run; output of any other run is dropped. */
  pushOutputs(cellId: string, runId: string, outputs: Output[]): void {
    if (this.cells.get(cellId)?.runId !== runId) return;
    const pending = this.pending.get(cellId);
    if (pending?.runId === runId) pending.outputs.push(...outputs);
    else this.pending.set(cellId, { runId, outputs: [...outputs] });
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      this.schedule(() => this.flush());
    }
  }

  flush(): void {
    this.flushScheduled = false;
    const batches = [...this.pending];
    this.pending.clear();
    for (const [cellId, { runId, outputs }] of batches) {
      const cell = this.cells.get(cellId);
      if (cell?.runId === runId) this.set(cellId, { ...cell, outputs: appendOutputs(cell.outputs, outputs) });
    }
  }

  private notify(cellId: string): void {
    for (const listener of this.listeners.get(cellId) ?? []) listener();
  }
}
