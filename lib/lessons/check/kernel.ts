import type { Output, RunStatus } from "@/lib/kernel/outputs";

export type ErrorOutput = Extract<Output, { type: "error" }>;

export interface CheckRun {
  status: RunStatus;
  /** The first error output, if any: the check fails a run on any error output, whatever its status. */
  error: ErrorOutput | null;
  durationMs: number;
  /** Everything the run printed or displayed, when the kernel keeps it. */
  outputs?: Output[];
}

/** One fresh kernel per lesson; the check only needs to run code and see whether it failed. */
export interface CheckKernel {
  run(cellId: string, source: string, timeLimitMs: number): Promise<CheckRun>;
  dispose(): void;
}

export type KernelFactory = () => Promise<CheckKernel>;

/** "TypeError: x is not a function", with the cell's own line when the kernel knows it. */
export function describeFailure(run: CheckRun, timeLimitMs: number): string {
  if (run.error) return `${run.error.ename}: ${run.error.evalue}`;
  if (run.status === "interrupted") return `stopped after the time limit of ${Math.round(timeLimitMs / 1000)} s`;
  return "failed";
}

export const failed = (run: CheckRun) => run.status !== "ok" || run.error !== null;
