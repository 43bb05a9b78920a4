/**
 * Running code for the notebook: a cell's run (queued → running → done/error, with its output,
 * duration and tensor change) and detached runs (an exercise check). Setup code goes first.
 */
import type { Output, RunResult, RunStatus } from "@/lib/kernel/outputs";
import type { CellStore } from "./cell-store";
import type { KernelLike } from "./kernel-like";
import type { KernelView } from "./kernel-view";
import { appendOutputs } from "./output-model";
import type { SetupRun, SetupRunner } from "./setup-runner";

/** A cell whose tensor count grows this much in one run is flagged even on its first run. */
const LEAK_THRESHOLD = 1_000;

export class CellRuns {
  /** Tensor change of each cell's previous run: growing again on a re-run suggests a leak. */
  private readonly growth = new Map<string, number>();

  constructor(
    private readonly client: Pick<KernelLike, "run">,
    private readonly cells: CellStore,
    private readonly kernel: KernelView,
    private readonly setup: SetupRunner,
    private readonly label: (cellId: string) => string,
    private readonly onEnd: (cellId: string, status: RunStatus, errorName?: string) => void = () => {},
  ) {}

  async runCell(cellId: string): Promise<RunResult | null> {
    const cell = this.cells.get(cellId);
    if (!cell) return null;
    const setup = this.setup.ensure();
    let started = false;
    this.kernel.setActiveCell(cellId);
    const handle = this.client.run(
      { cellId, source: cell.source, timeLimitMs: cell.timeLimitMs },
      {
        onStart: () => {
          started = true;
          this.cells.update(cellId, { status: "running", outputs: [], durationMs: null, startedAt: Date.now(), tensorDelta: null, leak: false, execCount: this.kernel.nextExecution() });
        },
        onOutput: (outputs) => this.cells.pushOutputs(cellId, handle.runId, outputs),
      },
    );
    this.cells.update(cellId, { status: "queued", runId: handle.runId });
    const result = await handle.done;
    this.cells.flush();
    if (this.cells.get(cellId)?.runId !== handle.runId) return result;
    if (!started) await this.endUnstarted(cellId, setup);
    else this.endRun(cellId, result);
    return result;
  }

  /** Runs code that belongs to no cell (an exercise check); its output is returned, not shown. */
  async runSource(source: string, options: { timeLimitMs?: number; silent?: boolean } = {}): Promise<{ status: RunStatus; outputs: Output[] }> {
    const setup = this.setup.ensure();
    let outputs: Output[] = [];
    const handle = this.client.run(
      { cellId: "__exercise__", source, timeLimitMs: options.timeLimitMs },
      {
        onStart: () => {
          if (!options.silent) this.kernel.nextExecution();
        },
        onOutput: (batch) => (outputs = appendOutputs(outputs, batch)),
      },
    );
    const result = await handle.done;
    if (await failed(setup)) return { status: "error", outputs: [setupNotice(), ...(setup?.outputs() ?? [])] };
    return { status: result.status, outputs };
  }

  reset(): void {
    this.growth.clear();
  }

  private endRun(cellId: string, result: RunResult): void {
    const leak = result.tensorDelta >= LEAK_THRESHOLD || (result.tensorDelta > 0 && (this.growth.get(cellId) ?? 0) > 0);
    this.growth.set(cellId, result.tensorDelta);
    const status = result.status === "ok" ? "done" : "error";
    this.cells.update(cellId, { status, durationMs: result.durationMs, tensorDelta: result.tensorDelta, numTensors: result.numTensors, leak });
    const label = this.label(cellId);
    const outcome = { ok: `finished in ${Math.round(result.durationMs)} ms`, error: "failed", interrupted: "was stopped" }[result.status];
    this.kernel.announce(`${label} ${outcome}.`);
    const error = this.cells.get(cellId)?.outputs.find((o) => o.type === "error");
    this.onEnd(cellId, result.status, error?.type === "error" ? error.ename : undefined);
  }

  /** The run was dropped before it started: stopped while queued, or the setup code failed. */
  private async endUnstarted(cellId: string, setup: SetupRun | null): Promise<void> {
    if (setup && (await failed(setup))) {
      this.cells.update(cellId, { status: "error", outputs: [setupNotice(), ...setup.outputs()] });
      return;
    }
    this.cells.update(cellId, { status: "idle" });
  }
}

async function failed(setup: SetupRun | null): Promise<boolean> {
  return setup !== null && (await setup.done).status !== "ok";
}

function setupNotice(): Output {
  return { type: "notice", level: "warning", text: "The lesson's setup code failed, so this cell did not run." };
}
