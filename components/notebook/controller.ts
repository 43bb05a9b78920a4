/**
 * The notebook's behaviour, free of React: which cells exist and in what order, running them
 * through the kernel (setup code first), the execution counter, saved edits and announcements.
 * NotebookProvider creates one per page; the components only read its stores and call it.
 */
import type { Output, RunResult, RunStatus } from "@/lib/kernel/outputs";
import type { BackendName } from "@/lib/kernel/protocol";
import { CellStore, type Schedule } from "./cell-store";
import { KernelView } from "./kernel-view";
import { CellRuns } from "./cell-runs";
import type { KernelLike } from "./kernel-like";
import { initialSource, localEdits, type EditPersistence, type EditStore } from "./saved-edits";
import { SetupRunner } from "./setup-runner";

export interface ControllerOptions {
  notebookId: string;
  version: string;
  setupSource?: string;
  onSourceChange?: (cellId: string, source: string) => void;
  /** After each cell run that started (not for exercise checks): its status and first error's name. */
  onRunComplete?: (cellId: string, status: RunStatus, errorName?: string) => void;
  /** localStorage edits (guests); ignored when `edits` is given. */
  storage: EditStore | null;
  /** Where edits are kept instead of `storage` (a signed-in learner's account). */
  edits?: EditPersistence;
  schedule: Schedule;
}

export interface CellProps {
  original: string;
  timeLimitMs?: number;
  readOnly: boolean;
  element: () => Element | null;
}

export class NotebookController {
  readonly cells: CellStore;
  readonly kernel: KernelView;
  private readonly elements = new Map<string, () => Element | null>();
  private readonly setup: SetupRunner;
  private readonly runs: CellRuns;
  private readonly edits: EditPersistence | null;

  constructor(
    private readonly client: KernelLike,
    private readonly options: ControllerOptions,
  ) {
    this.edits = options.edits ?? (options.storage ? localEdits(options.storage, options.notebookId, options.version) : null);
    this.cells = new CellStore(options.schedule);
    this.kernel = new KernelView(client.status);
    this.setup = new SetupRunner(client, options.setupSource);
    this.runs = new CellRuns(client, this.cells, this.kernel, this.setup, (cellId) => `Cell ${this.order().indexOf(cellId) + 1}`, (cellId, status, errorName) =>
      options.onRunComplete?.(cellId, status, errorName),
    );
    client.onStatus((status) => {
      if (status.state === "restarting" || status.state === "starting") this.onKernelReset();
      this.kernel.setStatus(status);
    });
  }

  register(cellId: string, props: CellProps): void {
    this.elements.set(cellId, props.element);
    const existing = this.cells.get(cellId);
    if (existing && existing.original === props.original) {
      this.cells.update(cellId, { timeLimitMs: props.timeLimitMs, readOnly: props.readOnly });
      return;
    }
    const saved = this.edits?.load(cellId) ?? null;
    const start = props.readOnly ? { source: props.original, edited: false, stale: false } : initialSource(saved, props.original, this.options.version);
    this.cells.set(cellId, {
      cellId, original: props.original, ...start, timeLimitMs: props.timeLimitMs, readOnly: props.readOnly,
      status: "idle", runId: null, outputs: [], execCount: null, durationMs: null, startedAt: null, tensorDelta: null, numTensors: null,
      leak: false, focusRequest: 0,
    });
  }

  unregister(cellId: string): void {
    this.elements.delete(cellId);
    this.cells.delete(cellId);
  }

  /** Cell ids in document order (lesson prose and playground moves can reorder them). */
  order(): string[] {
    const ids = this.cells.ids();
    const position = (id: string) => this.elements.get(id)?.() ?? null;
    return ids.sort((a, b) => {
      const ea = position(a);
      const eb = position(b);
      if (!ea || !eb) return 0;
      return ea.compareDocumentPosition(eb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
  }

  getSource(cellId: string): string | undefined {
    return this.cells.get(cellId)?.source;
  }

  setSource(cellId: string, source: string): void {
    const cell = this.cells.get(cellId);
    if (!cell || cell.readOnly || cell.source === source) return;
    // Without saved edits (the playground) there is no lesson code to reset to.
    this.cells.update(cellId, { source, edited: this.edits !== null && source !== cell.original });
    this.persist(cellId);
  }

  /** Puts another version's code into a cell (null: the lesson's code), e.g. after a conflict. */
  replaceSource(cellId: string, source: string | null): void {
    const cell = this.cells.get(cellId);
    if (!cell || cell.readOnly) return;
    const next = source ?? cell.original;
    this.cells.update(cellId, { source: next, edited: this.edits !== null && next !== cell.original, stale: false });
    this.persist(cellId);
  }

  resetCell(cellId: string): void {
    const cell = this.cells.get(cellId);
    if (!cell) return;
    this.edits?.clear(cellId);
    this.cells.update(cellId, { source: cell.original, edited: false, stale: false });
    this.options.onSourceChange?.(cellId, cell.original);
  }

  focusCell(cellId: string): void {
    const cell = this.cells.get(cellId);
    if (cell) this.cells.update(cellId, { focusRequest: cell.focusRequest + 1 });
  }

  focusNext(cellId: string): void {
    const order = this.order();
    const next = order[order.indexOf(cellId) + 1];
    if (next) this.focusCell(next);
  }

  async runCell(cellId: string): Promise<RunResult | null> {
    // Saved before every run: a cell that hangs the tab must not cost the learner their code.
    this.persist(cellId);
    return this.runs.runCell(cellId);
  }

  async runAll(): Promise<void> {
    await this.runMany(this.order());
  }

  async runAllAbove(cellId: string): Promise<void> {
    const order = this.order();
    await this.runMany(order.slice(0, Math.max(0, order.indexOf(cellId))));
  }

  /** Runs code that belongs to no cell (an exercise check); its output is returned, not shown. */
  runSource(source: string, options: { timeLimitMs?: number; silent?: boolean } = {}): Promise<{ status: RunStatus; outputs: Output[] }> {
    return this.runs.runSource(source, options);
  }

  interrupt(): void {
    this.client.interrupt();
  }

  async restart(): Promise<void> {
    this.kernel.announce("Restarting the kernel…");
    await this.client.restart();
    this.kernel.announce("Kernel restarted. Variables from earlier cells are gone.");
  }

  async setBackend(backend: BackendName): Promise<void> {
    try {
      await this.client.setBackend(backend);
      this.kernel.announce(`Backend switched to ${backend}.`);
    } catch (error) {
      this.kernel.announce(`Could not switch to ${backend}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  connect(): void {
    this.client.connect();
  }

  dispose(): void {
    this.client.dispose();
  }

  private async runMany(ids: string[]): Promise<void> {
    // Queue them all at once: the kernel runs them in order and aborts the rest on a failure.
    await Promise.all(ids.map((id) => this.runCell(id)));
  }

  private onKernelReset(): void {
    this.setup.reset();
    this.runs.reset();
    this.kernel.resetExecutions();
  }

  private persist(cellId: string): void {
    const cell = this.cells.get(cellId);
    if (!cell || cell.readOnly) return;
    this.edits?.save(cellId, cell.source, cell.original);
    this.options.onSourceChange?.(cellId, cell.source);
  }
}

