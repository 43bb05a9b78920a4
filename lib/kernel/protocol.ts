/**
 * The typed postMessage protocol of the kernel, in two hops:
 *   app  <-> sandbox page  (window.postMessage, every message carries the kernel's random channel id)
 *   sandbox <-> worker     (a private MessagePort handed to the worker at init)
 * Every receiver validates with these schemas; anything else is dropped.
 * Runs are correlated by runId, request/response pairs by msgId.
 */
// zod/mini: the same validation at a fraction of the size (the sandbox script ships only this).
import * as z from "zod/mini";
import type { ChartSpec, DisplayData, InspectValue, Output, RunResult } from "./outputs";

export const BACKENDS = ["webgl", "webgpu", "wasm", "cpu"] as const;
const BackendSchema = z.enum(BACKENDS);
export type BackendName = z.infer<typeof BackendSchema>;

const KERNEL_STATES = ["starting", "idle", "busy", "restarting", "dead"] as const;
const KernelStateSchema = z.enum(KERNEL_STATES);
export type KernelState = z.infer<typeof KernelStateSchema>;

/** The default per-cell time limit (a lesson may raise it per cell). */
export const DEFAULT_TIME_LIMIT_MS = 60_000;
/** How long a cooperative stop may take before the worker is terminated. */
export const STOP_GRACE_MS = 1_500;

const id = z.string().check(z.minLength(1), z.maxLength(100));
const channel = id;

/**
 * Files under /kernel/ that the sandbox may ask the app for. An opaque-origin frame gets no HTTP
 * cache (its requests carry a one-off network partition), so the app fetches these, cached and
 * revalidated like any of its files, and hands the bytes over (docs/decisions/004).
 */
export const KERNEL_ASSET = /^(kernel\.js|compiler\.js|webgpu\.js|wasm\/tfjs-backend-wasm(-simd|-threaded-simd)?\.wasm|datasets\/[a-z0-9][a-z0-9_-]{0,60}(\.[a-z0-9]{1,10}){0,2})$/i;
const AssetNameSchema = z.string().check(z.regex(KERNEL_ASSET));
export function isKernelAsset(name: string): boolean {
  return KERNEL_ASSET.test(name);
}
/** An asset's bytes, or why the app could not fetch them (the sandbox then loads it itself). */
const assetReply = {
  requestId: id,
  bytes: z.optional(z.instanceof(ArrayBuffer)),
  error: z.optional(z.string().check(z.maxLength(500))),
};

// ---- the output model (lib/kernel/outputs.ts) as schemas -----------------------------------

const str = z.string().check(z.maxLength(1_000_000));
const n = z.number();

const InspectValueSchema: z.ZodMiniType<InspectValue> = z.lazy(() =>
  z.discriminatedUnion("kind", [
    z.object({
      kind: z.literal("primitive"),
      repr: str,
      jsType: z.enum(["string", "number", "boolean", "undefined", "null", "bigint", "symbol"]),
    }),
    z.object({ kind: z.literal("array"), length: n, items: z.array(InspectValueSchema), truncated: z.boolean(), ctor: z.optional(z.string()) }),
    z.object({ kind: z.literal("object"), ctor: z.string(), entries: z.array(z.tuple([z.string(), InspectValueSchema])), truncated: z.boolean() }),
    z.object({ kind: z.literal("map"), size: n, entries: z.array(z.tuple([InspectValueSchema, InspectValueSchema])), truncated: z.boolean() }),
    z.object({ kind: z.literal("set"), size: n, items: z.array(InspectValueSchema), truncated: z.boolean() }),
    z.object({
      kind: z.literal("tensor"),
      shape: z.array(n),
      dtype: z.string(),
      size: n,
      preview: str,
      truncated: z.boolean(),
      disposed: z.optional(z.boolean()),
    }),
    z.object({ kind: z.literal("function"), name: z.string() }),
    z.object({ kind: z.literal("error"), name: z.string(), message: str }),
    z.object({ kind: z.literal("date"), iso: z.string() }),
    z.object({ kind: z.literal("model"), name: z.string(), summary: z.array(z.string()) }),
    z.object({ kind: z.literal("circular") }),
    z.object({ kind: z.literal("more"), count: n }),
  ]),
);

const pixels = z.instanceof(Uint8ClampedArray);
const ChartSpecSchema: z.ZodMiniType<ChartSpec> = z.object({
  type: z.enum(["line", "scatter", "bar"]),
  title: z.optional(z.string()),
  xLabel: z.optional(z.string()),
  yLabel: z.optional(z.string()),
  series: z.array(z.object({ name: z.string(), x: z.optional(z.array(z.union([n, z.string()]))), y: z.array(n) })),
});

const DisplayDataSchema: z.ZodMiniType<DisplayData> = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("value"), value: InspectValueSchema }),
  z.object({
    kind: z.literal("table"),
    columns: z.array(z.string()),
    rows: z.array(z.array(z.union([z.string(), n, z.boolean(), z.null()]))),
    truncated: z.boolean(),
  }),
  z.object({ kind: z.literal("image"), width: n, height: n, pixels, label: z.optional(z.string()), scale: n }),
  z.object({
    kind: z.literal("images"),
    width: n,
    height: n,
    images: z.array(z.object({ pixels, label: z.optional(z.string()) })),
    cols: n,
    scale: n,
  }),
  z.object({ kind: z.literal("chart"), chartId: z.string(), spec: ChartSpecSchema }),
  z.object({
    kind: z.literal("chart-update"),
    chartId: z.string(),
    points: z.array(z.object({ series: z.string(), x: n, y: n })),
  }),
]);

export const OutputSchema: z.ZodMiniType<Output> = z.discriminatedUnion("type", [
  z.object({ type: z.literal("stream"), name: z.enum(["stdout", "stderr"]), text: str }),
  z.object({ type: z.literal("result"), value: InspectValueSchema }),
  z.object({ type: z.literal("display"), data: DisplayDataSchema }),
  z.object({
    type: z.literal("error"),
    ename: z.string(),
    evalue: str,
    traceback: z.array(z.string()),
    line: z.optional(z.int()),
    suggestBackend: z.optional(z.literal("cpu")),
  }),
  z.object({ type: z.literal("notice"), level: z.enum(["info", "warning"]), text: z.string() }),
]);

const RunResultSchema: z.ZodMiniType<RunResult> = z.object({
  status: z.enum(["ok", "error", "interrupted"]),
  durationMs: n,
  tensorDelta: n,
  numTensors: n,
});

const BackendInfoSchema = z.object({
  backend: z.nullable(BackendSchema),
  backends: z.array(BackendSchema),
  /** The WebGL renderer string, when WebGL could be probed (tells a software renderer apart). */
  renderer: z.optional(z.string().check(z.maxLength(300))),
  crossOriginIsolated: z.boolean(),
});
export type BackendInfo = z.infer<typeof BackendInfoSchema>;

const runFields = {
  runId: id,
  cellId: z.string().check(z.maxLength(200)),
  source: str,
  timeLimitMs: z.int().check(z.positive(), z.maximum(3_600_000)),
};

// ---- app -> sandbox -------------------------------------------------------------------------

export const AppToSandboxSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("run"), channel, ...runFields }),
  z.object({ kind: z.literal("interrupt"), channel, runId: id }),
  z.object({ kind: z.literal("restart"), channel, msgId: id }),
  z.object({ kind: z.literal("set-backend"), channel, msgId: id, backend: BackendSchema }),
  z.object({ kind: z.literal("asset"), channel, ...assetReply }),
]);
export type AppToSandbox = z.infer<typeof AppToSandboxSchema>;

// ---- sandbox -> app -------------------------------------------------------------------------

export const SandboxToAppSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("status"), channel, state: KernelStateSchema, info: z.nullable(BackendInfoSchema) }),
  z.object({ kind: z.literal("run-start"), channel, runId: id }),
  z.object({ kind: z.literal("output"), channel, runId: id, outputs: z.array(OutputSchema).check(z.maxLength(5_000)) }),
  z.object({ kind: z.literal("run-end"), channel, runId: id, result: RunResultSchema }),
  z.object({
    kind: z.literal("reply"),
    channel,
    msgId: id,
    ok: z.boolean(),
    error: z.optional(z.string().check(z.maxLength(2_000))),
  }),
  z.object({ kind: z.literal("asset-request"), channel, requestId: id, name: AssetNameSchema }),
]);
export type SandboxToApp = z.infer<typeof SandboxToAppSchema>;

// ---- sandbox -> worker (over the private port) ---------------------------------------------

export const SandboxToWorkerSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("run"), ...runFields }),
  z.object({ kind: z.literal("set-backend"), msgId: id, backend: BackendSchema }),
  z.object({ kind: z.literal("asset"), ...assetReply }),
]);
export type SandboxToWorker = z.infer<typeof SandboxToWorkerSchema>;

/** The first message to a fresh worker, on its global scope: it transfers the private port. */
export interface WorkerInit {
  kind: "init";
  port: MessagePort;
  /** Int32Array view over a SharedArrayBuffer; null when the page is not cross-origin isolated. */
  stopFlag: Int32Array | null;
  /** Absolute URL of the kernel's asset folder (ends with "/kernel/"). */
  assetBase: string;
}

// ---- worker -> sandbox ----------------------------------------------------------------------

export const WorkerToSandboxSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("ready"), info: BackendInfoSchema }),
  z.object({ kind: z.literal("output"), runId: id, outputs: z.array(OutputSchema).check(z.maxLength(5_000)) }),
  z.object({ kind: z.literal("run-end"), runId: id, result: RunResultSchema }),
  z.object({
    kind: z.literal("reply"),
    msgId: id,
    ok: z.boolean(),
    error: z.optional(z.string().check(z.maxLength(2_000))),
    info: z.optional(BackendInfoSchema),
  }),
  z.object({ kind: z.literal("fatal"), message: z.string().check(z.maxLength(2_000)) }),
  z.object({ kind: z.literal("asset-request"), requestId: id, name: AssetNameSchema }),
]);
export type WorkerToSandbox = z.infer<typeof WorkerToSandboxSchema>;

/** A random, unguessable id (channel ids, run ids, message ids). */
export function randomId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
