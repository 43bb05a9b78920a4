/**
 * The benchmark's baseline: a plain worker with TensorFlow.js and nothing else (no sandbox, no
 * transform, no output model). Built by scripts/build-kernel.ts into public/kernel/bench/.
 */
import * as tf from "@tensorflow/tfjs";
import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";
import { TRAIN_SOURCE } from "./workloads";

const scope = self as unknown as DedicatedWorkerGlobalScope;
setWasmPaths(new URL("../wasm/", scope.location.href).href);
tf.env().set("WASM_HAS_MULTITHREAD_SUPPORT", false);
const train = (0, eval)(TRAIN_SOURCE) as (t: typeof tf, w: unknown) => Promise<number>;

scope.onmessage = async (event: MessageEvent<{ id: number; op: string; backend?: string; workload?: unknown }>) => {
  const { id, op } = event.data;
  try {
    if (op === "backend") {
      await tf.setBackend(event.data.backend ?? "cpu");
      await tf.ready();
      scope.postMessage({ id, result: tf.getBackend() });
    } else if (op === "trivial") {
      scope.postMessage({ id, result: 1 + 1 });
    } else if (op === "train") {
      scope.postMessage({ id, result: await train(tf, event.data.workload) });
    }
  } catch (error) {
    scope.postMessage({ id, error: String(error) });
  }
};
