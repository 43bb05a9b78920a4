import "server-only";
import type { Output } from "@/lib/kernel/outputs";
import type { CheckKernel, CheckRun, ErrorOutput, KernelFactory } from "./kernel";

/**
 * Runs lesson code in Node exactly as the browser worker does: the same KernelCore, TensorFlow.js on
 * the CPU backend (with the worker's kernel set-up), datasets from the built asset folder. tfjs is imported once for the whole check.
 */
export async function createNodeKernelFactory(datasetsDir: string): Promise<KernelFactory> {
  const [tf, core, assets, bridge] = await Promise.all([
    import("@tensorflow/tfjs"),
    import("@/lib/kernel/core"),
    import("@/lib/kernel/core/node-assets"),
    import("@/lib/kernel/core/backend-bridge"),
  ]);
  // tfjs greets Node users with a long "install tfjs-node" banner on the first tensor it writes;
  // the check runs on CPU on purpose, so write that first tensor here, quietly.
  const warn = console.warn;
  console.warn = () => {};
  try {
    await tf.setBackend("cpu");
    await tf.ready();
    // The worker's start-up for the CPU backend: its faster gradient kernels (fast-cpu-kernels.ts).
    bridge.installCpuFallbacks(tf, "cpu");
    tf.scalar(0).dispose();
  } finally {
    console.warn = warn;
  }
  const datasets = assets.createNodeAssetLoader(datasetsDir);

  return async () => {
    let outputs: Output[] = [];
    const kernel = new core.KernelCore({
      tf,
      host: {
        emit(output: Output) {
          outputs.push(output);
        },
        // Nothing outside can press Stop here; the core enforces each run's time limit itself.
        shouldStop: () => false,
        now: () => performance.now(),
      },
      datasets,
      transform: core.transformCell,
    });
    const check: CheckKernel = {
      async run(cellId, source, timeLimitMs): Promise<CheckRun> {
        outputs = [];
        const result = await kernel.run({ cellId, source, timeLimitMs });
        const error = outputs.find((o): o is ErrorOutput => o.type === "error") ?? null;
        return { status: result.status, error, durationMs: result.durationMs, outputs };
      },
      dispose: () => kernel.reset(),
    };
    return check;
  };
}
