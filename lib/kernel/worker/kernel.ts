/**
 * The worker's message loop: owns the KernelCore, runs one cell at a time, answers backend
 * switches. It talks to the sandbox page only over the private port received at init, so a
 * cell calling self.postMessage reaches nobody who listens.
 */
import type * as TF from "@tensorflow/tfjs";
import { KernelCore } from "../core/kernel-core";
import type { Output } from "../outputs";
import { SandboxToWorkerSchema, type SandboxToWorker, type WorkerInit, type WorkerToSandbox } from "../protocol";
import { BackendManager } from "./backend";
import { lazyCompiler } from "./load-compiler";
import { OutputRelay } from "./output-relay";

const DATASET_NAME = /^[a-z0-9][a-z0-9._-]{0,100}$/i;

export async function startKernel(tf: typeof TF, init: WorkerInit): Promise<void> {
  // Bound now: a cell that patches MessagePort.prototype later cannot intercept our port.
  const postRaw = init.port.postMessage.bind(init.port);
  const post = (message: WorkerToSandbox) => postRaw(message);
  const now = performance.now.bind(performance);
  const relay = new OutputRelay((runId, outputs) => post({ kind: "output", runId, outputs }));

  const flag = init.stopFlag;
  const host = {
    emit: (output: Output) => relay.push(output),
    shouldStop: () => (flag ? Atomics.load(flag, 0) !== 0 : false),
    now,
  };
  const datasets = async (name: string): Promise<ArrayBuffer> => {
    if (!DATASET_NAME.test(name)) throw new Error(`Unknown dataset file: ${name}`);
    const response = await fetch(new URL(`datasets/${name}`, init.assetBase));
    if (!response.ok) throw new Error(`Could not load dataset ${name} (HTTP ${response.status}).`);
    return response.arrayBuffer();
  };

  let backends: BackendManager;
  try {
    backends = new BackendManager(tf, init.assetBase);
    post({ kind: "ready", info: await backends.selectBest() });
  } catch (error) {
    post({ kind: "fatal", message: errorMessage(error) });
    return;
  }
  const compiler = lazyCompiler(new URL("compiler.js", init.assetBase).href);
  const core = new KernelCore({ tf, host, datasets, transform: compiler.transform });
  // Ready is already on its way; load the compiler now rather than at the first run. A failure
  // here shows again, as that run's error.
  try {
    compiler.load();
  } catch {
    // reported by the first run
  }

  // Messages are handled strictly in order: a backend switch never overlaps a run.
  let chain = Promise.resolve();
  init.port.onmessage = (event: MessageEvent) => {
    const parsed = SandboxToWorkerSchema.safeParse(event.data);
    if (!parsed.success) return;
    chain = chain.then(() => handle(parsed.data));
  };

  async function handle(message: SandboxToWorker): Promise<void> {
    if (message.kind === "run") {
      relay.begin(message.runId);
      const result = await core.run({ cellId: message.cellId, source: message.source, timeLimitMs: message.timeLimitMs });
      post({ kind: "run-end", runId: message.runId, result });
      return;
    }
    try {
      const info = await backends.switchTo(message.backend);
      post({ kind: "reply", msgId: message.msgId, ok: true, info });
    } catch (error) {
      post({ kind: "reply", msgId: message.msgId, ok: false, error: errorMessage(error), info: backends.info() });
    }
  }
}

function errorMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 2_000);
}
