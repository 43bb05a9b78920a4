/**
 * The kernel's execution core: one implementation for the browser worker and for Node (lesson
 * check). No DOM, worker or server APIs here; Node-only helpers live in node-assets.ts.
 */
export { KernelCore, DEFAULT_TIME_LIMIT_MS, type KernelCoreOptions, type RunRequest } from "./kernel-core.ts";
export { transformCell, type TransformedCell } from "./transform.ts";
export { inspect } from "./serialise.ts";
export { formatInspect } from "./format-inspect.ts";
export { InterruptError, CellSyntaxError, AssertionError, type StopReason } from "./errors.ts";
export { assert, assertClose } from "./assert.ts";
export { createDatasets, type Datasets } from "./datasets.ts";
export { createDisplay, type Display } from "./display.ts";
export { decodeDigits, encodeDigits, type DigitsData } from "./digits-format.ts";
export type { KernelHost, AssetLoader, TF } from "./types.ts";
