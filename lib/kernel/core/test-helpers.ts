import path from "node:path";
import * as tf from "@tensorflow/tfjs";
import type { Output, RunResult } from "../outputs.ts";
import { KernelCore } from "./kernel-core.ts";
import { createNodeAssetLoader } from "./node-assets.ts";
import { transformCell } from "./transform.ts";

/** A KernelCore on real tfjs (cpu backend) with a recording host, for the core's tests. */
export interface TestKernel {
  core: KernelCore;
  outputs: Output[];
  /** What host.shouldStop() answers (the browser reads a SharedArrayBuffer flag there). */
  setShouldStop(probe: () => boolean): void;
  run(source: string, options?: { cellId?: string; timeLimitMs?: number }): Promise<RunResult & { outputs: Output[] }>;
}

export const datasetDir = path.resolve(import.meta.dirname, "../../../public/kernel/datasets");

export async function useCpuBackend(): Promise<void> {
  await tf.setBackend("cpu");
  await tf.ready();
}

export function createTestKernel(): TestKernel {
  const outputs: Output[] = [];
  // Replaceable by setShouldStop, so read through a closure.
  let shouldStop = () => false;
  const core = new KernelCore({
    tf,
    host: { emit: (output) => outputs.push(output), shouldStop: () => shouldStop(), now: () => performance.now() },
    datasets: createNodeAssetLoader(datasetDir),
    transform: transformCell,
  });
  let runs = 0;
  return {
    core,
    outputs,
    setShouldStop(probe) {
      shouldStop = probe;
    },
    async run(source, options = {}) {
      const from = outputs.length;
      const result = await core.run({ cellId: options.cellId ?? `cell-${++runs}`, source, timeLimitMs: options.timeLimitMs });
      return { ...result, outputs: outputs.slice(from) };
    },
  };
}

export function resultOf(outputs: Output[]) {
  return outputs.find((o): o is Extract<Output, { type: "result" }> => o.type === "result")?.value;
}

export function streamText(outputs: Output[], name: "stdout" | "stderr" = "stdout"): string {
  return outputs.map((o) => (o.type === "stream" && o.name === name ? o.text : "")).join("");
}

export function notices(outputs: Output[]): string[] {
  return outputs.flatMap((o) => (o.type === "notice" ? [o.text] : []));
}

export function errorOf(outputs: Output[]) {
  return outputs.find((o): o is Extract<Output, { type: "error" }> => o.type === "error");
}

export { tf };
