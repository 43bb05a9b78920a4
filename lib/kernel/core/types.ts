import type * as tfjs from "@tensorflow/tfjs";
import type { Output } from "../outputs.ts";

/** TensorFlow.js as the host hands it in (the core never imports it at run time). */
export type TF = typeof tfjs;

/** What the core needs from its host: the browser worker, or Node for the lesson check. */
export interface KernelHost {
  emit(output: Output): void;
  /** Polled by loop guards and during async waits; the browser reads a SharedArrayBuffer flag. */
  shouldStop(): boolean;
  now(): number;
}

/** Loads a dataset file by name (`digits.bin`, `iris.json`). */
export type AssetLoader = (name: string) => Promise<ArrayBuffer>;
