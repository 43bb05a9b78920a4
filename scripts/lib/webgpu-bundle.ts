import type { BuildOptions, Plugin } from "esbuild";
import { CPU_SHARED_GLOBAL, TF_GLOBAL } from "../../lib/kernel/worker/webgpu-globals";
import { browserBundleOptions } from "./browser-bundle";

/** Maps the WebGPU backend's imports onto the kernel's TensorFlow.js (lib/kernel/worker/webgpu-globals.ts). */
const sharedTf: Plugin = {
  name: "kernel-tfjs",
  setup(build) {
    build.onResolve({ filter: /^@tensorflow\/tfjs-core$/ }, () => ({ path: TF_GLOBAL, namespace: "kernel-global" }));
    build.onResolve({ filter: /^@tensorflow\/tfjs-backend-cpu\/dist\/shared$/ }, () => ({ path: CPU_SHARED_GLOBAL, namespace: "kernel-global" }));
    build.onLoad({ filter: /.*/, namespace: "kernel-global" }, (args) => ({
      contents: `const shared = self[${JSON.stringify(args.path)}];\nif (!shared) throw new Error("webgpu.js must be loaded by the kernel worker");\nmodule.exports = shared;`,
      loader: "js",
    }));
  },
};

/** esbuild options for public/kernel/webgpu.js (write it, or pass write: false to inspect it). */
export function webgpuBundleOptions(outfile: string): BuildOptions {
  return { ...browserBundleOptions("lib/kernel/worker/webgpu.ts", outfile), plugins: [sharedTf] };
}
