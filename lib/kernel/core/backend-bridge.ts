import { installFastCpuKernels } from "./fast-cpu-kernels.ts";
import type { TF } from "./types.ts";

/**
 * CPU fallbacks for the kernels a backend lacks or refuses (docs/decisions/010-cpu-fallback-kernels.md).
 *
 * TensorFlow.js backends differ: in 4.22 WASM lacks 16 of the CPU backend's kernels
 * (Conv2DBackpropFilter, UnsortedSegmentSum, Einsum, the complex and FFT ops…) and refuses some
 * inputs the CPU accepts (int32 BatchMatMul, a fused bias that is not rank 1); WebGL lacks
 * Dilation2D's gradients and Draw. For each such kernel we register, on the active backend, one that
 * copies its inputs to the CPU backend, runs the CPU backend's own implementation and writes the
 * results back. Gradients come for free: tfjs registers gradients per kernel name, and a gradient's
 * own ops are bridged in turn. The copies are backend data, never engine tensors, so
 * tf.memory().numTensors is untouched.
 *
 * WASM cannot compute on complex64 at all, but it can hold one: interleaved float32 pairs, the
 * layout tfjs itself uses to move complex tensors. Every WASM kernel given (or asked for) a complex64
 * tensor therefore runs on the CPU.
 */

type KernelConfig = ReturnType<TF["getKernelsForBackend"]>[number];
type KernelFunc = KernelConfig["kernelFunc"];
type KernelArgs = Parameters<KernelFunc>[0];
type Backend = InstanceType<TF["KernelBackend"]>;
type TensorInfo = { dataId: object; shape: number[]; dtype: string };
type Values = Float32Array | Int32Array | Uint8Array | Uint8Array[];

/** Kernels a backend has but refuses some inputs for; each throws before it allocates anything. */
const REFUSES_SOME_INPUTS: Record<string, readonly string[]> = {
  wasm: [
    "BatchMatMul", "_FusedMatMul", "FusedConv2D", "FusedDepthwiseConv2D", "Conv2D", "DepthwiseConv2dNative",
    "AvgPool", "MaxPool", "Conv3D", "Conv3DBackpropFilterV2", "Conv3DBackpropInputV2", "LRN", "LRNGrad", "Multinomial",
  ],
};

/** Backends that store complex64 but cannot compute on it. */
const COMPLEX_ON_CPU = new Set(["wasm"]);

export interface BridgeReport {
  backend: string;
  /** Kernels that now run on the CPU backend. */
  bridged: string[];
  /** Kernels the backend keeps, falling back to the CPU when it refuses an input. */
  guarded: string[];
}

const installed = new WeakMap<object, Map<string, BridgeReport>>();

/**
 * Registers the fallbacks for `backendName` (the backend must be initialised). Idempotent per tf
 * instance and backend. For the CPU backend itself it only swaps in the faster gradient kernels,
 * which the bridge then hands to the other backends too.
 */
export function installCpuFallbacks(tf: TF, backendName: string): BridgeReport {
  installFastCpuKernels(tf);
  const perTf = installed.get(tf) ?? new Map<string, BridgeReport>();
  installed.set(tf, perTf);
  const done = perTf.get(backendName);
  if (done) return done;
  const report: BridgeReport = { backend: backendName, bridged: [], guarded: [] };
  perTf.set(backendName, report);
  const cpu = tf.engine().findBackend("cpu");
  const active = tf.engine().findBackend(backendName);
  if (backendName === "cpu" || !cpu || !active) return report;

  const bridge = new CpuBridge(tf, cpu);
  const complexOnCpu = COMPLEX_ON_CPU.has(backendName);
  if (complexOnCpu) readComplexFromHeap(active);
  const own = new Map(tf.getKernelsForBackend(backendName).map((k) => [k.kernelName, k]));
  for (const cpuKernel of tf.getKernelsForBackend("cpu")) {
    if (own.has(cpuKernel.kernelName)) continue;
    tf.registerKernel({ kernelName: cpuKernel.kernelName, backendName, kernelFunc: (args) => bridge.run(cpuKernel.kernelFunc, args) });
    report.bridged.push(cpuKernel.kernelName);
  }
  const refuses = new Set(REFUSES_SOME_INPUTS[backendName] ?? []);
  for (const native of own.values()) {
    const onCpu = tf.getKernel(native.kernelName, "cpu")?.kernelFunc;
    const guard = refuses.has(native.kernelName);
    if (!onCpu || (!guard && !complexOnCpu)) continue;
    tf.unregisterKernel(native.kernelName, backendName);
    tf.registerKernel({ ...native, kernelFunc: bridge.guarded(native.kernelFunc, onCpu, { guard, complexOnCpu }) });
    if (guard) report.guarded.push(native.kernelName);
  }
  return report;
}

class CpuBridge {
  constructor(
    private readonly tf: TF,
    private readonly cpu: Backend,
  ) {}

  /** The native kernel; the CPU's for complex64 tensors, or when the native one refuses its input. */
  guarded(native: KernelFunc, onCpu: KernelFunc, { guard, complexOnCpu }: { guard: boolean; complexOnCpu: boolean }): KernelFunc {
    return (args) => {
      if (complexOnCpu && involvesComplex(args)) return this.run(onCpu, args);
      if (!guard) return native(args);
      try {
        return native(args);
      } catch {
        // If the CPU refuses too, its error is the one Node users would see: the right one to show.
        return this.run(onCpu, args);
      }
    };
  }

  run(kernelFunc: KernelFunc, args: KernelArgs): ReturnType<KernelFunc> {
    const active = args.backend as Backend;
    const copies: object[] = [];
    const toCpu = (input: TensorInfo | null | undefined) => {
      if (input == null) return input;
      const copy = this.write(active.readSync(input.dataId as never) as Values, input);
      copies.push(copy.dataId);
      return copy;
    };
    try {
      const given = args.inputs as unknown;
      const inputs = Array.isArray(given)
        ? given.map(toCpu)
        : Object.fromEntries(Object.entries(given as Record<string, TensorInfo>).map(([name, input]) => [name, toCpu(input)]));
      const result = kernelFunc({ inputs: inputs as never, attrs: args.attrs, backend: this.cpu });
      const results = (Array.isArray(result) ? result : [result]) as TensorInfo[];
      const back = results.map((out) => {
        const values = this.cpu.readSync(out.dataId as never);
        this.cpu.disposeData(out.dataId as never);
        return { dataId: active.write(values, out.shape, out.dtype as never), shape: out.shape, dtype: out.dtype };
      });
      return (Array.isArray(result) ? back : back[0]) as ReturnType<KernelFunc>;
    } finally {
      for (const dataId of copies) this.cpu.disposeData(dataId as never);
    }
  }

  /** A CPU copy; complex64 arrives interleaved and becomes the CPU's real/imaginary pair. */
  private write(values: Values, { shape, dtype }: TensorInfo): TensorInfo {
    if (dtype !== "complex64") return { dataId: this.cpu.write(values, shape, dtype as never), shape, dtype };
    const { real, imag } = this.tf.backend_util.splitRealAndImagArrays(values as Float32Array);
    const parts = [real, imag].map((part) => ({ dataId: this.cpu.write(part, shape, "float32"), shape, dtype: "float32" }));
    const complex = this.tf.getKernel("Complex", "cpu")!.kernelFunc({ inputs: { real: parts[0], imag: parts[1] } as never, attrs: {}, backend: this.cpu });
    for (const part of parts) this.cpu.disposeData(part.dataId as never);
    return complex as TensorInfo;
  }
}

function involvesComplex(args: KernelArgs): boolean {
  if ((args.attrs as { dtype?: unknown } | undefined)?.dtype === "complex64") return true;
  const inputs = Object.values(args.inputs as Record<string, TensorInfo | null | undefined>);
  return inputs.some((input) => input?.dtype === "complex64");
}

interface WasmLike {
  readSync(dataId: object, start?: number, end?: number): Values;
  typedArrayFromHeap(info: TensorInfo): Float32Array;
  dataIdMap: { get(dataId: object): { dtype: string; shape: number[] } | undefined };
}

/** WASM writes complex64 (8 bytes an element) but cannot read it back; read it as float32 pairs. */
function readComplexFromHeap(backend: Backend): void {
  const wasm = backend as unknown as WasmLike;
  if (typeof wasm.typedArrayFromHeap !== "function") return;
  const readSync = wasm.readSync.bind(wasm);
  wasm.readSync = (dataId, start, end) => {
    const data = wasm.dataIdMap.get(dataId);
    if (data?.dtype !== "complex64") return readSync(dataId, start, end);
    const size = data.shape.reduce((a, b) => a * b, 1) * 2;
    return wasm.typedArrayFromHeap({ dataId, shape: [size], dtype: "float32" }).slice();
  };
}
