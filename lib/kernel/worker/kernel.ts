/**
 * The worker's message loop: owns the KernelCore, runs one cell at a time, answers backend
 * switches. It talks to the sandbox page only over the private port received at init, so a
 * cell calling self.postMessage reaches nobody who listens.
 */
import type * as TF from "@tensorflow/tfjs";
import { KernelCore } from "../core/kernel-core";
import type { Output } from "../outputs";
import { AssetRequests } from "../asset-requests";
import { SandboxToWorkerSchema, type SandboxToWorker, type WorkerInit, type WorkerToSandbox } from "../protocol";
import { WorkerAssets } from "./assets";
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
  const requests = new AssetRequests((requestId, name) => post({ kind: "asset-request", requestId, name }));
  const assets = new WorkerAssets(requests, init.assetBase);
  const datasets = async (name: string): Promise<ArrayBuffer> => {
    if (!DATASET_NAME.test(name)) throw new Error(`Unknown dataset file: ${name}`);
    return assets.bytes(`datasets/${name}`);
  };

  // Messages are handled strictly in order (a backend switch never overlaps a run), after start-up;
  // asset replies at once, since start-up and runs wait for them.
  let started: () => void = () => {};
  let chain = new Promise<void>((resolve) => (started = resolve));
  init.port.onmessage = (event: MessageEvent) => {
    const parsed = SandboxToWorkerSchema.safeParse(event.data);
    if (!parsed.success) return;
    const message = parsed.data;
    if (message.kind === "asset") return requests.settle(message);
    chain = chain.then(() => handle(message));
  };

  let backends: BackendManager;
  try {
    backends = new BackendManager(tf, init.assetBase, (name, type) => assets.url(name, type));
    post({ kind: "ready", info: await backends.selectBest() });
  } catch (error) {
    post({ kind: "fatal", message: errorMessage(error) });
    return;
  }
  const compiler = lazyCompiler(() => assets.url("compiler.js", "text/javascript"));
  const core = new KernelCore({ tf, host, datasets, transform: compiler.transform });
  // Ready is already on its way; load the compiler now rather than at the first run. A failure
  // shows as that run's error.
  void compiler.load();
  started();

  async function handle(message: SandboxToWorker): Promise<void> {
    if (message.kind === "asset") return;
    if (message.kind === "run") {
      await compiler.load();
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
