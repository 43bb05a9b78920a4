import type { Output } from "../outputs.ts";

/**
 * `display.fitCallbacks({ metrics, title })`: tfjs callbacks that draw live training curves.
 * One `chart` at the start of training, then `chart-update` points per epoch (and every few
 * batches when epochs are long), sent at most every UPDATE_MS so a long run stays under the
 * message cap. Each epoch yields to the event loop so a Stop message gets through.
 */
const UPDATE_MS = 100;
const LONG_EPOCH_BATCHES = 20;
const POINTS_PER_EPOCH = 10;

export interface FitCallbackDeps {
  emit(output: Output): void;
  nextChartId(): string;
  now(): number;
  yieldToEventLoop(): Promise<void>;
}

interface TrainParams {
  samples?: number;
  batchSize?: number;
  steps?: number | null;
  metrics?: string[];
}

type Logs = Record<string, number | undefined> | undefined;
type Point = { series: string; x: number; y: number };

function batchesPerEpoch(params: TrainParams): number {
  if (params.steps) return params.steps;
  if (params.samples && params.batchSize) return Math.ceil(params.samples / params.batchSize);
  return 0;
}

/** tfjs logs `acc` for the metric "accuracy"; accept either name. */
function logValue(logs: Logs, metric: string): number | undefined {
  const aliases: Record<string, string> = { accuracy: "acc", val_accuracy: "val_acc", acc: "accuracy", val_acc: "val_accuracy" };
  const value = logs?.[metric] ?? logs?.[aliases[metric] ?? ""];
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

export function createFitCallbacks(deps: FitCallbackDeps, options: { metrics?: string[]; title?: string } = {}) {
  const requested = options.metrics ?? ["loss", "val_loss"];
  let chartId = "";
  let metrics = requested;
  let batches = 0;
  let epoch = 0;
  let pending: Point[] = [];
  let lastSent = 0;

  const send = (force: boolean) => {
    if (pending.length === 0 || (!force && deps.now() - lastSent < UPDATE_MS)) return;
    deps.emit({ type: "display", data: { kind: "chart-update", chartId, points: pending } });
    pending = [];
    lastSent = deps.now();
  };

  return {
    onTrainBegin(this: { params?: TrainParams }): void {
      const params: TrainParams = this?.params ?? {};
      const reported = params.metrics;
      metrics = reported ? requested.filter((m) => reported.includes(m) || reported.includes(m.replace("accuracy", "acc"))) : requested;
      if (metrics.length === 0) metrics = ["loss"];
      batches = batchesPerEpoch(params);
      chartId = deps.nextChartId();
      deps.emit({
        type: "display",
        data: { kind: "chart", chartId, spec: { type: "line", title: options.title ?? "Training", xLabel: "epoch", series: metrics.map((name) => ({ name, x: [], y: [] })) } },
      });
    },
    onEpochBegin(e: number): void {
      epoch = e;
    },
    onBatchEnd(batch: number, logs: Logs): void {
      if (batches < LONG_EPOCH_BATCHES) return;
      const every = Math.ceil(batches / POINTS_PER_EPOCH);
      const loss = logValue(logs, "loss");
      if ((batch + 1) % every !== 0 || loss === undefined || !metrics.includes("loss")) return;
      pending.push({ series: "loss", x: epoch + (batch + 1) / batches, y: loss });
      send(false);
    },
    async onEpochEnd(e: number, logs: Logs): Promise<void> {
      for (const metric of metrics) {
        const y = logValue(logs, metric);
        if (y !== undefined) pending.push({ series: metric, x: e + 1, y });
      }
      send(false);
      await deps.yieldToEventLoop();
    },
    onTrainEnd(): void {
      send(true);
    },
  };
}
