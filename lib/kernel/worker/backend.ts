/**
 * Picks and switches the TensorFlow.js backend inside the kernel worker.
 * Order: WebGL only on a hardware GPU (a software renderer such as SwiftShader or llvmpipe is
 * 5-10x slower than WASM on small models), then WASM with SIMD, then plain JS (cpu). WebGPU, on a
 * hardware adapter only, is offered but never the default (docs/decisions/005).
 */
import type * as TF from "@tensorflow/tfjs";
import * as cpuShared from "@tensorflow/tfjs-backend-cpu/dist/shared";
import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";
import { installCpuFallbacks } from "../core/backend-bridge";
import type { BackendInfo, BackendName } from "../protocol";
import { CPU_SHARED_GLOBAL, TF_GLOBAL } from "./webgpu-globals";

export interface WebGLProbe {
  available: boolean;
  renderer?: string;
  software: boolean;
}

const WASM_BINARIES = ["tfjs-backend-wasm.wasm", "tfjs-backend-wasm-simd.wasm", "tfjs-backend-wasm-threaded-simd.wasm"];

const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render|mesa offscreen/i;

export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE_RENDERER.test(renderer);
}

function probeWebGL(): WebGLProbe {
  if (typeof OffscreenCanvas === "undefined") return { available: false, software: false };
  try {
    const canvas = new OffscreenCanvas(1, 1);
    const gl = (canvas.getContext("webgl2") ?? canvas.getContext("webgl")) as WebGLRenderingContext | null;
    if (!gl) return { available: false, software: false };
    const ext = gl.getExtension("WEBGL_debug_renderer_info");
    const renderer = String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension("WEBGL_lose_context")?.loseContext();
    return { available: true, renderer, software: isSoftwareRenderer(renderer) };
  } catch {
    return { available: false, software: false };
  }
}

export interface WebGPUProbe {
  available: boolean;
  /** A fallback (software) adapter, such as SwiftShader's. */
  software: boolean;
  description?: string;
}

interface AdapterLike {
  isFallbackAdapter?: boolean;
  info?: { vendor?: string; architecture?: string; device?: string; description?: string; isFallbackAdapter?: boolean };
}

/** What an adapter from navigator.gpu.requestAdapter() is: hardware, or a software fallback. */
export function describeAdapter(adapter: AdapterLike | null | undefined): WebGPUProbe {
  if (!adapter) return { available: false, software: false };
  const info = adapter.info ?? {};
  const description = [info.vendor, info.architecture, info.device, info.description].filter(Boolean).join(" ") || undefined;
  const fallback = adapter.isFallbackAdapter === true || info.isFallbackAdapter === true;
  return { available: true, software: fallback || isSoftwareRenderer(description ?? ""), description };
}

async function probeWebGPU(): Promise<WebGPUProbe> {
  const gpu = (self.navigator as Navigator & { gpu?: { requestAdapter(): Promise<AdapterLike | null> } }).gpu;
  if (!gpu) return { available: false, software: false };
  try {
    return describeAdapter(await gpu.requestAdapter());
  } catch {
    return { available: false, software: false };
  }
}

/**
 * The order in which backends are tried, best first. WebGPU comes after CPU, which always starts:
 * it is there to be chosen, not picked blind, until bench:kernel on real GPUs shows it beats WebGL.
 */
export function backendOrder(webgl: WebGLProbe, hasWasm: boolean, webgpu: WebGPUProbe = { available: false, software: false }): BackendName[] {
  const order: BackendName[] = [];
  if (webgl.available && !webgl.software) order.push("webgl");
  if (hasWasm) order.push("wasm");
  order.push("cpu");
  if (webgpu.available && !webgpu.software) order.push("webgpu");
  // A software WebGL still works; keep it selectable, last.
  if (webgl.available && webgl.software) order.push("webgl");
  return order;
}

export class BackendManager {
  private readonly webgl = probeWebGL();
  private order = backendOrder(this.webgl, typeof WebAssembly === "object");
  private webgpuLoaded: Promise<void> | null = null;

  private wasmPaths: Promise<void> | null = null;

  constructor(
    private readonly tf: typeof TF,
    private readonly assetBase: string,
    /** A URL for a kernel file: by default its address under /kernel/. */
    private readonly assetUrl: (name: string, type: string) => Promise<string> = async (name) => new URL(name, assetBase).href,
  ) {
    // The threaded build breaks once bundled (tfjs rebuilds its pthread script from function
    // source) and gains nothing on 2 cores.
    tf.env().set("WASM_HAS_MULTITHREAD_SUPPORT", false);
  }

  /** webgpu.js, once: it registers the backend with this worker's tfjs (./webgpu-globals.ts). */
  private loadWebGPU(): Promise<void> {
    return (this.webgpuLoaded ??= (async () => {
      const url = await this.assetUrl("webgpu.js", "text/javascript");
      const scope = self as unknown as WorkerGlobalScope & Record<string, unknown>;
      scope[TF_GLOBAL] = this.tf;
      scope[CPU_SHARED_GLOBAL] = cpuShared;
      try {
        scope.importScripts(url);
      } finally {
        delete scope[TF_GLOBAL];
        delete scope[CPU_SHARED_GLOBAL];
      }
    })());
  }

  /**
   * Our own copy of the binaries (never a CDN), set once before the WASM backend first starts: the
   * one this browser will load comes through assetUrl (the app's HTTP cache), the others by address.
   */
  private prepareWasm(): Promise<void> {
    return (this.wasmPaths ??= (async () => {
      const simd = await this.tf.env().getAsync("WASM_HAS_SIMD_SUPPORT");
      const wanted = simd ? "tfjs-backend-wasm-simd.wasm" : "tfjs-backend-wasm.wasm";
      const paths = Object.fromEntries(WASM_BINARIES.map((file) => [file, new URL(`wasm/${file}`, this.assetBase).href]));
      paths[wanted] = await this.assetUrl(`wasm/${wanted}`, "application/wasm");
      setWasmPaths(paths);
    })());
  }

  /** Activates the first backend that initialises. */
  async selectBest(): Promise<BackendInfo> {
    this.order = backendOrder(this.webgl, typeof WebAssembly === "object", await probeWebGPU());
    for (const name of this.order) {
      if (await this.activate(name)) return this.info();
    }
    throw new Error("No TensorFlow.js backend could be initialised.");
  }

  /** Switches to `name`; on failure the previous backend stays active. */
  async switchTo(name: BackendName): Promise<BackendInfo> {
    if (!this.order.includes(name)) throw new Error(`The ${name} backend is not available here.`);
    const previous = this.current();
    if (!(await this.activate(name))) {
      if (previous) await this.activate(previous);
      throw new Error(`The ${name} backend failed to initialise.`);
    }
    return this.info();
  }

  info(): BackendInfo {
    return {
      backend: this.current(),
      backends: [...this.order].sort(),
      renderer: this.webgl.renderer,
      crossOriginIsolated: self.crossOriginIsolated === true,
    };
  }

  private current(): BackendName | null {
    const name = this.tf.getBackend();
    return name === "webgl" || name === "webgpu" || name === "wasm" || name === "cpu" ? name : null;
  }

  private async activate(name: BackendName): Promise<boolean> {
    try {
      if (name === "wasm") await this.prepareWasm();
      if (name === "webgpu") await this.loadWebGPU();
      const ok = await this.tf.setBackend(name);
      if (!ok) return false;
      await this.tf.ready();
      // Every op the CPU backend runs must run here too (docs/decisions/010-cpu-fallback-kernels.md).
      installCpuFallbacks(this.tf, name);
      return true;
    } catch {
      return false;
    }
  }
}
