import * as esbuild from "esbuild";
import * as tf from "@tensorflow/tfjs";
import * as cpuShared from "@tensorflow/tfjs-backend-cpu/dist/shared";
import { describe, expect, it } from "vitest";
import { CPU_SHARED_GLOBAL, TF_GLOBAL } from "../../lib/kernel/worker/webgpu-globals";
import { webgpuBundleOptions } from "./webgpu-bundle";

async function buildBundle(): Promise<string> {
  const result = await esbuild.build({ ...webgpuBundleOptions("webgpu.js"), write: false, logLevel: "silent" });
  return result.outputFiles[0]!.text;
}

describe("webgpu.js", () => {
  it("registers the WebGPU backend and its kernels with the TensorFlow.js instance the worker hands it, not a copy", async () => {
    const code = await buildBundle();
    expect(tf.getKernelsForBackend("webgpu")).toHaveLength(0);
    const scope: Record<string, unknown> = { [TF_GLOBAL]: tf, [CPU_SHARED_GLOBAL]: cpuShared };
    // The bundle reads its globals from `self`; evaluate it with a self of our own.
    new Function("self", code)(scope);
    const kernels = tf.getKernelsForBackend("webgpu").map((k) => k.kernelName);
    expect(kernels.length).toBeGreaterThan(100);
    expect(kernels).toEqual(expect.arrayContaining(["BatchMatMul", "Conv2D", "Softmax"]));
    // The backend factory itself registers only where navigator.gpu exists (a browser with WebGPU).
    // No second copy of tfjs-core inside: the backend code is a fraction of the kernel bundle's size.
    expect(code.length).toBeLessThan(600_000);
  }, 60_000);

  it("refuses to load outside the kernel worker instead of registering with nothing", async () => {
    const code = await buildBundle();
    expect(() => new Function("self", code)({})).toThrow("webgpu.js must be loaded by the kernel worker");
  }, 60_000);
});
