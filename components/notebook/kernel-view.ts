/**
 * What the toolbar shows about the kernel: its state and backend, the execution counter and the
 * latest announcement for screen readers (an aria-live region reads it politely).
 */
import type { KernelStatus } from "@/lib/kernel/client";

export interface KernelSnapshot {
  status: KernelStatus;
  executions: number;
  announcement: string;
  /** The cell the learner last focused or ran ("Run all above" is relative to it). */
  activeCellId: string | null;
}

export class KernelView {
  private snapshot: KernelSnapshot;
  private readonly listeners = new Set<() => void>();

  constructor(status: KernelStatus) {
    this.snapshot = { status, executions: 0, announcement: "", activeCellId: null };
  }

  get = (): KernelSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  setStatus(status: KernelStatus): void {
    const previous = this.snapshot.status;
    let announcement = this.snapshot.announcement;
    if (status.state === "idle" && (previous.state === "starting" || previous.state === "connecting") && status.info?.backend) {
      announcement = `Kernel ready (${status.info.backend}).`;
    } else if (status.state === "dead") {
      announcement = "The kernel stopped working. Restart it to continue.";
    }
    this.set({ status, announcement });
  }

  /** Returns the next execution number ([n] beside a cell), as Jupyter counts. */
  nextExecution(): number {
    const executions = this.snapshot.executions + 1;
    this.set({ executions });
    return executions;
  }

  resetExecutions(): void {
    this.set({ executions: 0 });
  }

  setActiveCell(activeCellId: string): void {
    if (this.snapshot.activeCellId !== activeCellId) this.set({ activeCellId });
  }

  announce(announcement: string): void {
    this.set({ announcement });
  }

  private set(patch: Partial<KernelSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }
}
