import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";
import { beforeAll, describe, expect, it } from "vitest";
import { installCpuFallbacks } from "./backend-bridge.ts";
import { createTestKernel } from "./test-helpers.ts";

// The real WASM backend runs in Node too: these tests exercise the very kernels learners get.
beforeAll(async () => {
  await tf.setBackend("wasm");
  await tf.ready();
  installCpuFallbacks(tf, "wasm");
});

const kernelNames = (backend: string) => new Set(tf.getKernelsForBackend(backend).map((k) => k.kernelName));

describe("CPU fallbacks on the WASM backend", () => {
  it("registers every CPU kernel the backend lacks", () => {
    const wasm = kernelNames("wasm");
    const missing = [...kernelNames("cpu")].filter((name) => !wasm.has(name));
    expect(missing).toEqual([]);
    const report = installCpuFallbacks(tf, "wasm");
    expect(report.bridged).toEqual(expect.arrayContaining(["Conv2DBackpropFilter", "UnsortedSegmentSum", "Einsum", "Complex", "FFT"]));
    expect(report.guarded).toContain("BatchMatMul");
  });

  it("runs int32 matMul (refused by WASM) with the CPU's result, on the active backend", () => {
    const a = tf.tensor2d([[1, 2], [3, 4]], undefined, "int32");
    const product = tf.matMul(a, a);
    expect(product.dtype).toBe("int32");
    expect(tf.getBackend()).toBe("wasm");
    expect(Array.from(product.dataSync())).toEqual([7, 10, 15, 22]);
    const cm = tf.math.confusionMatrix(tf.tensor1d([0, 1, 1, 2], "int32"), tf.tensor1d([0, 1, 2, 2], "int32"), 3);
    expect(cm.arraySync()).toEqual([[1, 0, 0], [0, 1, 1], [0, 0, 1]]);
    tf.dispose([a, product, cm]);
  });

  it("bridges a missing kernel and its gradient, without leaking tensors", () => {
    const before = tf.memory().numTensors;
    const data = tf.tensor1d([1, 2, 3, 4]);
    const ids = tf.tensor1d([0, 1, 0, 1], "int32");
    const sums = tf.unsortedSegmentSum(data, ids, 2);
    expect(Array.from(sums.dataSync())).toEqual([4, 6]);
    const grad = tf.grad((x: tf.Tensor) => tf.unsortedSegmentSum(x, ids, 2).square().sum())(data);
    expect(Array.from(grad.dataSync())).toEqual([8, 12, 8, 12]);
    tf.dispose([data, ids, sums, grad]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it("agrees with the CPU backend on a fused dense layer with a rank-2 bias", () => {
    const x = tf.tensor2d([[1, 2, 3], [4, 5, 6]]);
    const w = tf.tensor2d([[1, 0], [0, 1], [1, 1]]);
    const bias = tf.tensor2d([[0.5, -0.5]]);
    const fused = tf.fused.matMul({ a: x, b: w, bias, activation: "relu" });
    expect(fused.arraySync()).toEqual([[4.5, 4.5], [10.5, 10.5]]);
    tf.dispose([x, w, bias, fused]);
  });
});

describe("complex64 on WASM (stored there, computed on the CPU)", () => {
  it("creates, prints and transforms complex tensors like the CPU backend, without leaks", () => {
    const before = tf.memory().numTensors;
    const [abs, real, re, im, back] = tf.tidy(() => {
      const c = tf.complex([1, 2], [3, 4]);
      const spectrum = tf.spectral.rfft(tf.tensor1d([1, 2, 3, 4]));
      return [c.abs(), tf.real(c.reshape([2, 1])), tf.real(spectrum), tf.imag(spectrum), tf.spectral.irfft(spectrum)].map((t) => Array.from(t.dataSync()));
    });
    expect(tf.getBackend()).toBe("wasm");
    expect(abs).toEqual([Math.hypot(1, 3), Math.hypot(2, 4)].map(Math.fround));
    expect(real).toEqual([1, 2]);
    expect(re).toEqual([10, -2, -2]);
    expect(im).toEqual([0, 2, 0]);
    expect(back!.map(Math.round)).toEqual([1, 2, 3, 4]);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe("training and errors through the kernel on WASM", () => {
  it("trains a small CNN (Conv2DBackpropFilter is bridged) with its loss falling", async () => {
    const kernel = createTestKernel();
    const run = await kernel.run(`
      tf.util.seedrandom?.(1);
      const xs = tf.randomNormal([32, 8, 8, 1], 0, 1, "float32", 1);
      const ys = tf.oneHot(tf.tensor1d(Array.from({ length: 32 }, (_, i) => i % 2), "int32"), 2);
      const model = tf.sequential({ layers: [
        tf.layers.conv2d({ inputShape: [8, 8, 1], filters: 4, kernelSize: 3, activation: "relu" }),
        tf.layers.flatten(),
        tf.layers.dense({ units: 2, activation: "softmax" }),
      ] });
      model.compile({ optimizer: tf.train.adam(0.05), loss: "categoricalCrossentropy" });
      const history = await model.fit(xs, ys, { epochs: 8, batchSize: 16, verbose: 0 });
      const loss = history.history.loss as number[];
      [tf.getBackend(), loss[0]! > loss[loss.length - 1]!];
    `);
    expect(run.outputs.filter((o) => o.type === "error")).toEqual([]);
    expect(run.outputs.find((o) => o.type === "result")).toMatchObject({
      value: { kind: "array", items: [{ repr: '"wasm"' }, { repr: "true" }] },
    });
    expect(run.tensorDelta).toBeGreaterThanOrEqual(0);
  });

  it("names an op the backend lacks (here: one a cell unregistered) and suggests the CPU", async () => {
    const kernel = createTestKernel();
    const sin = tf.getKernel("Sin", "wasm")!;
    try {
      const run = await kernel.run('tf.unregisterKernel("Sin", "wasm"); tf.sin(tf.scalar(1))');
      const error = run.outputs.find((o) => o.type === "error");
      expect(error).toMatchObject({ ename: "BackendUnsupportedError", suggestBackend: "cpu" });
      expect(error && "evalue" in error ? error.evalue : "").toMatch(/^Sin cannot run on the wasm backend: .*Run this notebook on the CPU backend/);
    } finally {
      if (!tf.getKernel("Sin", "wasm")) tf.registerKernel(sin);
    }
  });
});
