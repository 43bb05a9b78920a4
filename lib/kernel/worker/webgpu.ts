/** Entry of public/kernel/webgpu.js: registers the WebGPU backend with the kernel's TensorFlow.js. */
import "@tensorflow/tfjs-backend-webgpu";
