import type { Output } from "../outputs";

/**
 * Tags the core's outputs with the run they belong to and posts them at once. The core already
 * merges stream chunks and caps output where it is produced; holding anything back here would
 * strand it behind a synchronous loop (no timer fires until the loop ends). The app batches per
 * animation frame. Output emitted after a run ended (a cell's timer) belongs to the last run.
 */
export class OutputRelay {
  private runId: string | null = null;

  constructor(private readonly send: (runId: string, outputs: Output[]) => void) {}

  begin(runId: string): void {
    this.runId = runId;
  }

  push(output: Output): void {
    if (this.runId !== null) this.send(this.runId, [output]);
  }
}
