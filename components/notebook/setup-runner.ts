/**
 * Runs a lesson's hidden setup code once per kernel session, queued before the first cell the
 * learner runs. If it fails, the kernel aborts the cells queued behind it and they show why.
 */
import type { RunHandle, RunOptions } from "@/lib/kernel/client";
import type { RunHandlers } from "@/lib/kernel/client";
import type { Output, RunResult } from "@/lib/kernel/outputs";
import { appendOutputs } from "./output-model";

interface Runner {
  run(options: RunOptions, handlers?: RunHandlers): RunHandle;
}

export interface SetupRun {
  done: Promise<RunResult>;
  outputs(): Output[];
}

export class SetupRunner {
  private current: SetupRun | null = null;

  constructor(
    private readonly kernel: Runner,
    private readonly source: string | undefined,
  ) {}

  /** Queues the setup run if this kernel session has none yet; null when there is no setup code. */
  ensure(): SetupRun | null {
    if (!this.source?.trim()) return null;
    if (this.current) return this.current;
    let outputs: Output[] = [];
    const handle = this.kernel.run({ cellId: "__setup__", source: this.source }, { onOutput: (batch) => (outputs = appendOutputs(outputs, batch)) });
    const run: SetupRun = { done: handle.done, outputs: () => outputs };
    this.current = run;
    // A failed or stopped setup is tried again before the next cell.
    void handle.done.then((result) => {
      if (result.status !== "ok" && this.current === run) this.current = null;
    });
    return run;
  }

  reset(): void {
    this.current = null;
  }
}
