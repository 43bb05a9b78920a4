/**
 * The run the worker is executing, with its stop escalation: the shared flag first (the cell
 * ends, the kernel keeps its state), then, if it has not ended STOP_GRACE_MS later, `escalate`
 * (the host terminates and replaces the worker). The time limit takes the same path.
 */
import { STOP_GRACE_MS, type AppToSandbox } from "../protocol";

export type RunRequest = Extract<AppToSandbox, { kind: "run" }>;

/** Slack after the time limit: the core enforces the limit itself; this is only the backstop. */
const LIMIT_SLACK_MS = 250;

export class ActiveRun {
  readonly startedAt = performance.now();
  private readonly timers: Array<ReturnType<typeof setTimeout>> = [];
  private stopping = false;

  constructor(
    readonly request: RunRequest,
    private readonly stopFlag: Int32Array | null,
    private readonly escalate: (run: ActiveRun, reason: string) => void,
  ) {
    if (stopFlag) Atomics.store(stopFlag, 0, 0);
    const seconds = Math.round(request.timeLimitMs / 1000);
    this.timers.push(setTimeout(() => this.stop(`the cell ran longer than its time limit (${seconds} s)`), request.timeLimitMs + LIMIT_SLACK_MS));
  }

  get runId(): string {
    return this.request.runId;
  }

  stop(reason: string): void {
    if (this.stopping) return;
    this.stopping = true;
    if (!this.stopFlag) return this.escalate(this, reason);
    Atomics.store(this.stopFlag, 0, 1);
    this.timers.push(setTimeout(() => this.escalate(this, reason), STOP_GRACE_MS));
  }

  /** The run is over (ended, or its worker is gone): no timer may fire for it any more. */
  finish(): number {
    for (const timer of this.timers) clearTimeout(timer);
    return performance.now() - this.startedAt;
  }
}
