import type { TF } from "./types.ts";

/**
 * Faster CPU kernels for the three gradients that make training crawl on the CPU backend, and on
 * WASM, which runs them through the CPU bridge (backend-bridge.ts; docs/decisions/014-fast-cpu-gradients.md).
 *
 * tfjs 4.22's CPU backend reads every element through `TensorBuffer.get(...locs)` in these kernels,
 * and its UnsortedSegmentSum (the gradient of tf.gather, so of every embedding) makes a mask per
 * segment: O(segments × rows). Measured in Node on this project's machine, for a batch of 256 digits:
 * Conv2DBackpropFilter 7.7 s (the forward conv 0.2 s), MaxPoolGrad 1.8 s, and the gradient of an
 * embedding lookup of 64 × 16 ids into 500 rows 3.3 s. These versions compute the same sums on flat
 * typed arrays in one pass (accumulating in float64, as the CPU kernels do in a JS number), and hand
 * any case they do not cover (channels-first data, other dtypes) to the kernel they replace.
 */

type KernelConfig = ReturnType<TF["getKernelsForBackend"]>[number];
type KernelFunc = KernelConfig["kernelFunc"];
type KernelArgs = Parameters<KernelFunc>[0];
type Info = { dataId: object; shape: number[]; dtype: string };
type Backend = { readSync(dataId: object): unknown; write(values: Float32Array, shape: number[], dtype: string): object };

const installed = new WeakSet<object>();

/** Replaces the CPU backend's kernels once per tf instance; call before installing the CPU bridge. */
export function installFastCpuKernels(tf: TF): string[] {
  if (installed.has(tf)) return [];
  installed.add(tf);
  const replaced: string[] = [];
  const fast: Record<string, (tf: TF, args: KernelArgs) => Info | null> = {
    Conv2DBackpropFilter: conv2DBackpropFilter,
    MaxPoolGrad: maxPoolGrad,
    UnsortedSegmentSum: unsortedSegmentSum,
  };
  for (const [kernelName, compute] of Object.entries(fast)) {
    const original = tf.getKernel(kernelName, "cpu");
    if (!original) continue;
    tf.unregisterKernel(kernelName, "cpu");
    tf.registerKernel({
      ...original,
      kernelFunc: (args) => (compute(tf, args) ?? original.kernelFunc(args)) as ReturnType<KernelFunc>,
    });
    replaced.push(kernelName);
  }
  return replaced;
}

const float32 = (backend: Backend, info: Info) => backend.readSync(info.dataId) as Float32Array;
const output = (backend: Backend, values: Float64Array | Float32Array, shape: number[]): Info => ({
  dataId: backend.write(values instanceof Float32Array ? values : Float32Array.from(values), shape, "float32"),
  shape,
  dtype: "float32",
});

/** dW[r, c, i, o] = Σ over batch and output positions of x[b, y·s + r − pad, …, i] · dy[b, y, …, o]. */
function conv2DBackpropFilter(tf: TF, { inputs, attrs, backend }: KernelArgs): Info | null {
  const { x, dy } = inputs as unknown as { x: Info; dy: Info };
  const a = attrs as unknown as { strides: number | [number, number]; pad: never; dataFormat: "NHWC" | "NCHW"; dimRoundingMode?: never; filterShape: [number, number, number, number] };
  if (x.dtype !== "float32" || dy.dtype !== "float32" || a.dataFormat === "NCHW") return null;
  const info = tf.backend_util.computeConv2DInfo(x.shape as never, a.filterShape, a.strides, 1, a.pad, a.dimRoundingMode, false, "channelsLast");
  const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, outChannels, filterHeight, filterWidth, strideHeight, strideWidth } = info;
  const top = info.padInfo.top;
  const left = info.padInfo.left;
  const xs = float32(backend as never, x);
  const dys = float32(backend as never, dy);
  const dW = new Float64Array(filterHeight * filterWidth * inChannels * outChannels);
  for (let b = 0; b < batchSize; b++) {
    for (let yR = 0; yR < outHeight; yR++) {
      for (let yC = 0; yC < outWidth; yC++) {
        const dyAt = ((b * outHeight + yR) * outWidth + yC) * outChannels;
        for (let wR = 0; wR < filterHeight; wR++) {
          const xR = yR * strideHeight + wR - top;
          if (xR < 0 || xR >= inHeight) continue;
          for (let wC = 0; wC < filterWidth; wC++) {
            const xC = yC * strideWidth + wC - left;
            if (xC < 0 || xC >= inWidth) continue;
            const xAt = ((b * inHeight + xR) * inWidth + xC) * inChannels;
            const wAt = (wR * filterWidth + wC) * inChannels * outChannels;
            for (let d1 = 0; d1 < inChannels; d1++) {
              const xv = xs[xAt + d1]!;
              if (xv === 0) continue;
              const row = wAt + d1 * outChannels;
              for (let d2 = 0; d2 < outChannels; d2++) dW[row + d2]! += xv * dys[dyAt + d2]!;
            }
          }
        }
      }
    }
  }
  return output(backend as never, dW, [...info.filterShape]);
}

/** dx gets each dy at the position of its window's first maximum (the CPU kernel's tie rule). */
function maxPoolGrad(tf: TF, { inputs, attrs, backend }: KernelArgs): Info | null {
  const { dy, input } = inputs as unknown as { dy: Info; input: Info };
  const a = attrs as unknown as { filterSize: number | [number, number]; strides: number | [number, number]; pad: never; dimRoundingMode?: never };
  if (input.dtype !== "float32" || dy.dtype !== "float32") return null;
  const info = tf.backend_util.computePool2DInfo(input.shape as never, a.filterSize, a.strides, 1, a.pad, a.dimRoundingMode);
  const { batchSize, inHeight, inWidth, inChannels: channels, outHeight, outWidth, strideHeight, strideWidth } = info;
  const { effectiveFilterHeight: fh, effectiveFilterWidth: fw, dilationHeight: dh, dilationWidth: dw } = info;
  const top = info.padInfo.top;
  const left = info.padInfo.left;
  const xs = float32(backend as never, input);
  const dys = float32(backend as never, dy);
  const dx = new Float32Array(xs.length);
  for (let b = 0; b < batchSize; b++) {
    for (let d = 0; d < channels; d++) {
      for (let yR = 0; yR < outHeight; yR++) {
        const rCorner = yR * strideHeight - top;
        let rMin = rCorner;
        while (rMin < 0) rMin += dh;
        const rMax = Math.min(inHeight, fh + rCorner);
        for (let yC = 0; yC < outWidth; yC++) {
          const cCorner = yC * strideWidth - left;
          let cMin = cCorner;
          while (cMin < 0) cMin += dw;
          const cMax = Math.min(inWidth, fw + cCorner);
          let best = Number.NEGATIVE_INFINITY;
          let at = -1;
          for (let xR = rMin; xR < rMax; xR += dh) {
            for (let xC = cMin; xC < cMax; xC += dw) {
              const i = ((b * inHeight + xR) * inWidth + xC) * channels + d;
              if (xs[i]! > best) {
                best = xs[i]!;
                at = i;
              }
            }
          }
          if (at >= 0) dx[at]! += dys[((b * outHeight + yR) * outWidth + yC) * channels + d]!;
        }
      }
    }
  }
  return output(backend as never, dx, [...input.shape]);
}

/** out[s] = Σ x[i] over the rows i whose segment id is s; ids outside [0, numSegments) are dropped. */
function unsortedSegmentSum(_tf: TF, { inputs, attrs, backend }: KernelArgs): Info | null {
  const { x, segmentIds } = inputs as unknown as { x: Info; segmentIds: Info };
  const { numSegments } = attrs as unknown as { numSegments: number };
  if (x.dtype !== "float32" || segmentIds.dtype !== "int32") return null;
  const xs = float32(backend as never, x);
  const ids = (backend as unknown as Backend).readSync(segmentIds.dataId) as Int32Array;
  const inner = ids.length === 0 ? 0 : xs.length / ids.length;
  const out = new Float64Array(numSegments * inner);
  for (let i = 0; i < ids.length; i++) {
    const s = ids[i]!;
    if (s < 0 || s >= numSegments) continue;
    const from = i * inner;
    const to = s * inner;
    for (let j = 0; j < inner; j++) out[to + j]! += xs[from + j]!;
  }
  return output(backend as never, out, [numSegments, ...x.shape.slice(segmentIds.shape.length)]);
}
