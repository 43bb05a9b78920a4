/**
 * The output model shared by the kernel core, the worker, the sandbox page and the notebook UI.
 * Modelled on nbformat (stream / display_data / execute_result / error). Every value here is
 * plain data that survives structured clone and JSON; no HTML ever crosses from a cell to the app.
 */

/** A value as the inspector shows it. Depth, length and string size are capped where produced. */
export type InspectValue =
  | { kind: "primitive"; repr: string; jsType: "string" | "number" | "boolean" | "undefined" | "null" | "bigint" | "symbol" }
  | { kind: "array"; length: number; items: InspectValue[]; truncated: boolean; ctor?: string }
  | { kind: "object"; ctor: string; entries: Array<[string, InspectValue]>; truncated: boolean }
  | { kind: "map"; size: number; entries: Array<[InspectValue, InspectValue]>; truncated: boolean }
  | { kind: "set"; size: number; items: InspectValue[]; truncated: boolean }
  | { kind: "tensor"; shape: number[]; dtype: string; size: number; preview: string; truncated: boolean; disposed?: boolean }
  | { kind: "function"; name: string }
  | { kind: "error"; name: string; message: string }
  | { kind: "date"; iso: string }
  | { kind: "model"; name: string; summary: string[] }
  | { kind: "circular" }
  | { kind: "more"; count: number };

export type ChartType = "line" | "scatter" | "bar";

export interface ChartSeries {
  name: string;
  /** For line/scatter: x values (defaults to 0..n-1). For bar: category labels. */
  x?: Array<number | string>;
  y: number[];
}

export interface ChartSpec {
  type: ChartType;
  title?: string;
  xLabel?: string;
  yLabel?: string;
  series: ChartSeries[];
}

export type DisplayData =
  | { kind: "value"; value: InspectValue }
  | { kind: "table"; columns: string[]; rows: Array<Array<string | number | boolean | null>>; truncated: boolean }
  | { kind: "image"; width: number; height: number; pixels: Uint8ClampedArray; label?: string; scale: number }
  | { kind: "images"; width: number; height: number; images: Array<{ pixels: Uint8ClampedArray; label?: string }>; cols: number; scale: number }
  | { kind: "chart"; chartId: string; spec: ChartSpec }
  /** Appends points to series of an existing chart (live training curves). */
  | { kind: "chart-update"; chartId: string; points: Array<{ series: string; x: number; y: number }> };

export type Output =
  | { type: "stream"; name: "stdout" | "stderr"; text: string }
  | { type: "result"; value: InspectValue }
  | { type: "display"; data: DisplayData }
  /** `suggestBackend`: the op cannot run on the active backend; the notebook offers to switch. */
  | { type: "error"; ename: string; evalue: string; traceback: string[]; line?: number; suggestBackend?: "cpu" }
  | { type: "notice"; level: "info" | "warning"; text: string };

export type RunStatus = "ok" | "error" | "interrupted";

/** How a warning TensorFlow.js printed during a run starts (a notice; lib/kernel/core/print-patch.ts). */
export const LIBRARY_WARNING_PREFIX = "TensorFlow.js warned: ";

export interface RunResult {
  status: RunStatus;
  durationMs: number;
  /** Change in tf.memory().numTensors over the run (leaks show as > 0). */
  tensorDelta: number;
  numTensors: number;
}

/** Limits applied where output is produced (see docs/decisions on output caps). */
export const OUTPUT_LIMITS = {
  /** Characters of stream text one cell may emit before output is truncated. */
  maxStreamChars: 200_000,
  /** Number of output messages one cell may emit before output is truncated. */
  maxMessages: 1_000,
  /** Characters of a single string shown by the inspector. */
  maxStringChars: 10_000,
  /** Items / keys shown per array, object or map. */
  maxItems: 100,
  /** Nesting depth shown by the inspector. */
  maxDepth: 3,
  /** Tensor values shown in a preview. */
  maxTensorValues: 200,
  /** Rows in a display table. */
  maxTableRows: 500,
  /** Images in a display grid. */
  maxImages: 100,
} as const;
