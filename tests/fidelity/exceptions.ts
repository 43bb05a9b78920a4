/**
 * Documentation examples whose output may differ from Node on CPU on a given backend, each with its
 * reason (listed in docs/decisions/010-cpu-fallback-kernels.md). The fidelity test fails on any
 * disagreement not listed here, and on fewer than 99% of examples agreeing.
 */
export const EXCEPTIONS: Record<string, Record<string, string>> = {
  wasm: {
    "tfjs-core/ops/multinomial.d.ts#1":
      "random sampling: the WASM Multinomial kernel draws from its own C++ generator, so the samples differ (same distribution)",
  },
  cpu: {},
  webgl: {
    "tfjs-core/ops/tan.d.ts#1": "precision near a pole: tan(π/2) in float32 is -22877332 on the CPU, Infinity in a GPU shader",
    "tfjs-layers/exports_metrics.d.ts#3":
      "backend epsilon: binaryCrossentropy clips to tf.backend().epsilon(), 1e-7 on CPU and 1e-4 on a WebGL without 32-bit float textures",
  },
};
