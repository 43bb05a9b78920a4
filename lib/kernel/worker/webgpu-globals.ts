/**
 * webgpu.js, the WebGPU backend, is a separate bundle loaded only when a learner switches to it. It
 * must register with the kernel's own TensorFlow.js, not a copy: the build (scripts/lib/webgpu-bundle.ts)
 * turns its imports of tfjs-core and of the CPU backend's shared kernels into reads of these globals,
 * which the worker sets just before loading it.
 */
export const TF_GLOBAL = "__dlnTfjs";
export const CPU_SHARED_GLOBAL = "__dlnCpuShared";
