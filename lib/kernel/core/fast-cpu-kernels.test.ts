import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { installFastCpuKernels } from "./fast-cpu-kernels.ts";

/**
 * Every case runs twice on the CPU backend: first on tfjs's own kernels, then on ours, and the
 * results must agree to float32 precision. The cases cover strides, padding modes, dilated pooling,
 * ties in a pooling window and segment ids that are out of range or multi-dimensional.
 */
type Case = { name: string; run: () => tf.Tensor };

const seeded = (shape: number[], seed: number) => tf.randomNormal(shape, 0, 1, "float32", seed);
// Small integers make ties in pooling windows common, which is where a tie rule would show.
const ties = (shape: number[], seed: number) => tf.randomUniform(shape, 0, 3, "int32", seed).toFloat();

const convFilterGrad = (xShape: number[], filter: [number, number, number, number], strides: number | [number, number], pad: "valid" | "same" | number) => () => {
  const x = seeded(xShape, 1) as tf.Tensor4D;
  const w = seeded(filter, 2) as tf.Tensor4D;
  return tf.grad((f) => tf.conv2d(x, f as tf.Tensor4D, strides, pad).square().sum())(w);
};
const poolGrad = (xShape: number[], size: number, strides: number, pad: "valid" | "same", source = seeded) => () => {
  const x = source(xShape, 3) as tf.Tensor4D;
  return tf.grad((a) => tf.maxPool(a as tf.Tensor4D, size, strides, pad).mul(seeded([1], 4)).sum())(x);
};

const cases: Case[] = [
  { name: "conv filter grad, 3x3 valid stride 1", run: convFilterGrad([4, 9, 9, 2], [3, 3, 2, 5], 1, "valid") },
  { name: "conv filter grad, 3x3 same stride 2", run: convFilterGrad([3, 10, 7, 3], [3, 3, 3, 4], 2, "same") },
  { name: "conv filter grad, 5x2 explicit pad 1, strides [2, 1]", run: convFilterGrad([2, 8, 8, 1], [5, 2, 1, 3], [2, 1], 1) },
  { name: "conv filter grad, 1x1", run: convFilterGrad([2, 4, 4, 6], [1, 1, 6, 2], 1, "valid") },
  { name: "max pool grad, 2x2 stride 2", run: poolGrad([3, 8, 8, 4], 2, 2, "valid") },
  { name: "max pool grad, 3x3 stride 1 same", run: poolGrad([2, 7, 5, 3], 3, 1, "same") },
  { name: "max pool grad, 3x3 stride 2 same, with ties", run: poolGrad([2, 9, 9, 2], 3, 2, "same", ties) },
  { name: "max pool grad, 2x2 stride 1, with ties", run: poolGrad([1, 6, 6, 3], 2, 1, "valid", ties) },
  {
    name: "dilated max pool grad",
    run: () => {
      const x = seeded([2, 9, 9, 2], 5) as tf.Tensor4D;
      return tf.grad((a) => tf.pool(a as tf.Tensor4D, [2, 2], "max", "valid", [2, 2], 1).sum())(x);
    },
  },
  {
    name: "embedding gradient (gather with 2-D ids)",
    run: () => {
      const table = seeded([50, 8], 6);
      const ids = tf.randomUniform([7, 5], 0, 50, "int32", 7);
      return tf.grad((w: tf.Tensor) => tf.gather(w, ids).mul(seeded([7, 5, 8], 8)).sum())(table);
    },
  },
  {
    name: "segment sum with out-of-range and repeated ids",
    run: () => tf.unsortedSegmentSum(seeded([6, 3], 9), tf.tensor1d([0, 4, -1, 2, 2, 9], "int32"), 5),
  },
  {
    name: "segment sum of rows of a 3-D tensor",
    run: () => tf.unsortedSegmentSum(seeded([4, 2, 3], 10), tf.tensor1d([1, 0, 1, 3], "int32"), 4),
  },
];

const expected = new Map<string, { shape: number[]; values: number[] }>();

beforeAll(async () => {
  await tf.setBackend("cpu");
  await tf.ready();
  for (const c of cases) {
    const out = tf.tidy(c.run);
    expected.set(c.name, { shape: out.shape, values: Array.from(out.dataSync()) });
    out.dispose();
  }
  expect(installFastCpuKernels(tf).sort()).toEqual(["Conv2DBackpropFilter", "MaxPoolGrad", "UnsortedSegmentSum"]);
});

describe("fast CPU gradient kernels", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s agrees with tfjs's own CPU kernel", (_name, c) => {
    const want = expected.get(c.name)!;
    const out = tf.tidy(c.run);
    expect(out.shape).toEqual(want.shape);
    const got = Array.from(out.dataSync());
    out.dispose();
    const scale = Math.max(1, ...want.values.map(Math.abs));
    got.forEach((v, i) => expect(Math.abs(v - want.values[i]!)).toBeLessThanOrEqual(1e-5 * scale));
    expect(want.values.some((v) => v !== 0)).toBe(true);
  });

  it("is installed once per tf instance and leaves no tensors behind", () => {
    expect(installFastCpuKernels(tf)).toEqual([]);
    const before = tf.memory().numTensors;
    tf.tidy(cases[0]!.run).dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it("hands channels-first data to the kernel it replaced", () => {
    // The CPU backend's conv2d does not run NCHW itself, so call the gradient kernel directly.
    const x = seeded([1, 2, 5, 5], 11);
    const dy = seeded([1, 3, 3, 3], 12);
    const dW = tf.engine().runKernel("Conv2DBackpropFilter", { x, dy }, { strides: 1, pad: "valid", dataFormat: "NCHW", dimRoundingMode: undefined, filterShape: [3, 3, 2, 3] } as never) as tf.Tensor;
    expect(dW.shape).toEqual([3, 3, 2, 3]);
    // Checked against one element computed by hand: dW[0, 0, 0, 0] = Σ x[0, 0, r, c] · dy[0, 0, r, c].
    const xv = x.arraySync() as number[][][][];
    const dyv = dy.arraySync() as number[][][][];
    let want = 0;
    for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) want += xv[0]![0]![r]![c]! * dyv[0]![0]![r]![c]!;
    expect((dW.arraySync() as number[][][][])[0]![0]![0]![0]).toBeCloseTo(want, 4);
    tf.dispose([x, dy, dW]);
  });
});
