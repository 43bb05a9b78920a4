import { LIBRARY_WARNING_PREFIX, type RunResult, type RunStatus } from "../outputs.ts";
import { createCellGlobals } from "./cell-globals.ts";
import { createCellRuntime } from "./cell-runtime.ts";
import { compileCell, stackLineOffset } from "./compile.ts";
import { createDatasets, type Datasets } from "./datasets.ts";
import { InterruptError, type StopReason } from "./errors.ts";
import { patchTraining, setStopProbe } from "./fit-stop.ts";
import { patchPrinting, patchWarnings, setPrintTarget, setWarnTarget } from "./print-patch.ts";
import { disposeScope, settleTensors, TensorTracker, topLevelTensors } from "./memory.ts";
import { OutputSink } from "./output-sink.ts";
import { RunContext } from "./run-context.ts";
import { emitClosing, errorOutput, timerStoppedNotice, type Outcome } from "./run-outputs.ts";
import { CellTimers, realClearInterval, realSetInterval, realSetTimeout } from "./timers.ts";
import type { TransformedCell } from "./transform.ts";
import type { AssetLoader, KernelHost, TF } from "./types.ts";

export interface KernelCoreOptions {
  tf: TF;
  host: KernelHost;
  /** Loads dataset files (digits.bin, iris.json); without it those datasets throw a clear error. */
  datasets?: AssetLoader;
  /**
   * Cell TypeScript to the kernel's JavaScript: transform.ts's transformCell. Injected so the browser
   * worker can load the compiler (sucrase, acorn: a fifth of the bundle) after it reports ready.
   */
  transform: (source: string) => TransformedCell | Promise<TransformedCell>;
}

export interface RunRequest {
  cellId: string;
  source: string;
  /** Defaults to 60 s. */
  timeLimitMs?: number;
}

const DEFAULT_TIME_LIMIT_MS = 60_000;
/** How often a pending async cell checks host.shouldStop() and its deadline. */
const STOP_POLL_MS = 50;
/** After a stop, how long to let the cell unwind (model.fit ends at its next batch). */
const STOP_GRACE_MS = 1_000;

export class KernelCore {
  /** The shared top-level scope: every cell's top-level declarations live here. */
  readonly scope: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  private readonly tf: TF;
  private readonly host: KernelHost;
  private readonly globals: Record<string, unknown>;
  private readonly print: (...message: unknown[]) => void;
  private readonly timers: CellTimers;
  private readonly tracker: TensorTracker;
  /** The run (or between-runs timer callback) executing now. */
  private current: RunContext | null = null;
  private idleSink: OutputSink;
  private lastTimeLimitMs = DEFAULT_TIME_LIMIT_MS;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly datasets: Datasets;
  private chartCount = 0;

  private readonly transform: KernelCoreOptions["transform"];

  constructor({ tf, host, datasets, transform }: KernelCoreOptions) {
    this.tf = tf;
    this.transform = transform;
    this.host = host;
    this.tracker = new TensorTracker(tf);
    this.idleSink = this.newSink();
    patchTraining(tf);
    patchPrinting(tf);
    patchWarnings();
    this.timers = new CellTimers({ invoke: (callback, clear) => this.invokeTimer(callback, clear), currentRun: () => this.current });
    this.datasets = createDatasets(tf, datasets);
    const globals = createCellGlobals({
      tf,
      timers: this.timers,
      datasets: this.datasets,
      sink: () => this.current?.sink ?? this.idleSink,
      now: () => host.now(),
      nextChartId: () => `chart-${++this.chartCount}`,
    });
    this.globals = globals;
    this.print = (globals.console as Console).log;
  }

  /** Runs one cell. Runs are queued: a second call waits for the first to finish. */
  run(request: RunRequest): Promise<RunResult> {
    const result = this.queue.then(() => this.execute(request));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Stops the running cell (keeping state) and clears every timer cells created. */
  interrupt(): void {
    this.current?.stop("interrupt");
    this.timers.clearAll();
  }

  /** A fresh kernel: stops everything, disposes the scope's tensors and models, empties the scope. */
  reset(): void {
    this.interrupt();
    disposeScope(this.scope);
    this.idleSink = this.newSink();
  }

  private newSink(): OutputSink {
    return new OutputSink((output) => this.host.emit(output), () => this.host.now());
  }

  private async execute({ cellId, source, timeLimitMs = DEFAULT_TIME_LIMIT_MS }: RunRequest): Promise<RunResult> {
    const { tf, host } = this;
    const start = host.now();
    this.lastTimeLimitMs = timeLimitMs;
    const ctx = new RunContext(start + timeLimitMs, timeLimitMs, this.newSink());
    const tensorsBefore = tf.memory().numTensors;
    const boundBefore = topLevelTensors(this.scope);
    this.current = ctx;
    setStopProbe(() => this.pollStop(ctx));
    setPrintTarget(this.print);
    const warned = new Set<string>();
    setWarnTarget((text) => {
      if (warned.has(text)) return;
      warned.add(text);
      ctx.sink.emit({ type: "notice", level: "warning", text: `${LIBRARY_WARNING_PREFIX}${text}` });
    });
    this.tracker.begin();
    const poll = realSetInterval(() => this.pollStop(ctx), STOP_POLL_MS);
    let outcome: Outcome;
    try {
      outcome = await this.evaluate(cellId, source, ctx);
    } finally {
      realClearInterval(poll);
      this.current = null;
      setStopProbe(null);
      setWarnTarget(null);
    }
    if (outcome.status === "interrupted") this.timers.clearAll();
    const result = outcome.status === "ok" ? outcome.value : undefined;
    const leaked = settleTensors(tf, this.tracker.end(), boundBefore, this.scope, result);
    emitClosing(ctx.sink, cellId, outcome, leaked, timeLimitMs);
    this.idleSink = this.newSink();
    const numTensors = tf.memory().numTensors;
    const status: RunStatus = outcome.status;
    return { status, durationMs: host.now() - start, tensorDelta: numTensors - tensorsBefore, numTensors };
  }

  private async evaluate(cellId: string, source: string, ctx: RunContext): Promise<Outcome> {
    let pending: Promise<unknown> | undefined;
    try {
      const { code } = await this.transform(source);
      const cell = compileCell(code, cellId);
      await Promise.race([this.datasets.preload(source), ctx.stopped]);
      const promise = cell(this.scope, this.globals, createCellRuntime(this.tf, () => this.check(ctx)));
      pending = promise.catch(() => undefined);
      const returned = await Promise.race([promise, ctx.stopped]);
      return { status: "ok", value: returned?.[0] };
    } catch (error) {
      const reason = ctx.stopReason ?? (error instanceof InterruptError ? error.reason : null);
      if (!reason) return { status: "error", error };
      // Let the cell unwind (a stopped model.fit returns at its next batch) before moving on.
      if (pending) await Promise.race([pending, new Promise((resolve) => realSetTimeout(resolve, STOP_GRACE_MS))]);
      return { status: "interrupted", reason };
    }
  }

  /** Stops `ctx` when the host asks or its deadline passed; returns why it is stopped, if it is. */
  private pollStop(ctx: RunContext): StopReason | null {
    if (!ctx.stopReason) {
      if (this.host.shouldStop()) ctx.stop("interrupt");
      else if (this.host.now() > ctx.deadline) ctx.stop("time-limit");
    }
    return ctx.stopReason;
  }

  /** The loop guard's check. `owner` is the run whose code contains the loop. */
  private check(owner: RunContext): void {
    if (owner.stopReason) throw new InterruptError(owner.stopReason);
    const ctx = this.current;
    if (!ctx) return;
    const reason = this.pollStop(ctx);
    if (reason) throw new InterruptError(reason);
    this.tracker.compact();
  }

  private invokeTimer(callback: () => unknown, clear: () => void): void {
    const running = this.current;
    const ctx = running ?? new RunContext(this.host.now() + this.lastTimeLimitMs, this.lastTimeLimitMs, this.idleSink);
    const report = (error: unknown) => {
      if (error instanceof InterruptError) {
        clear();
        if (!running) ctx.sink.final(timerStoppedNotice(error.reason));
      } else {
        ctx.sink.final(errorOutput(error, "", stackLineOffset()));
      }
    };
    if (!running) this.current = ctx;
    try {
      const returned = callback() as { then?: unknown } | undefined;
      if (returned && typeof returned.then === "function") (returned as Promise<unknown>).then(undefined, report);
    } catch (error) {
      report(error);
    } finally {
      if (!running) this.current = null;
    }
  }
}
