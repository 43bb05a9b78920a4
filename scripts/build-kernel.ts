/**
 * Builds the browser kernel's static assets into public/kernel/ (git-ignored):
 *   kernel.js   the worker: one minified IIFE with TensorFlow.js (loaded by importScripts)
 *   compiler.js the cell compiler (sucrase, acorn), which the worker loads right after it is ready
 *   webgpu.js   the WebGPU backend, loaded only when a learner switches to it (shares kernel.js's tfjs)
 *   sandbox.js  the script of the opaque-origin sandbox page
 *   wasm/       tfjs-backend-wasm binaries (served by us, never a CDN)
 *   types.json  the .d.ts files Monaco needs: @tensorflow/* plus the cell globals
 *   bench/      the baseline page of `npm run bench:kernel` (a bare tfjs worker)
 *   harness/    a page that drives the real sandboxed kernel by script (browser lesson check, fidelity test)
 * and runs scripts/build-datasets.ts when present. Skips work whose inputs did not change.
 * Usage: tsx scripts/build-kernel.ts [--force]
 */
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import * as esbuild from "esbuild";
import { browserBundleOptions } from "./lib/browser-bundle";
import { webgpuBundleOptions } from "./lib/webgpu-bundle";

const OUT = "public/kernel";
const STAMP = path.join(OUT, ".build-stamp");
const TF_PACKAGES = ["tfjs", "tfjs-core", "tfjs-layers", "tfjs-converter", "tfjs-data", "tfjs-backend-cpu", "tfjs-backend-webgl", "tfjs-backend-wasm"];
/** Bundled, but its declarations stay out of the editor's types: cells never import it. */
const BUNDLED_ONLY = ["tfjs-backend-webgpu"];
const WASM_FILES = ["tfjs-backend-wasm.wasm", "tfjs-backend-wasm-simd.wasm", "tfjs-backend-wasm-threaded-simd.wasm"];

/** What a cell sees without importing (docs/authoring.md); kept in step with lib/kernel/core. */
const CELL_GLOBALS = `
type __Tensor = import("@tensorflow/tfjs").Tensor;
type __Rank1 = import("@tensorflow/tfjs").Tensor1D;
type __Rank2 = import("@tensorflow/tfjs").Tensor2D;
type __Numbers = number | ArrayLike<number> | number[][] | __Tensor;
interface __ChartSeries { name: string; x?: Array<number | string>; y: number[] }
interface __ChartSpec { type: "line" | "scatter" | "bar"; series: __ChartSeries[]; title?: string; xLabel?: string; yLabel?: string }
interface __Display {
  (value: unknown): void;
  table(rows: Array<Record<string, unknown>> | { columns: string[]; rows: unknown[][] }): void;
  image(image: __Tensor, options?: { scale?: number; label?: string }): void;
  images(images: __Tensor, options?: { cols?: number; labels?: Array<string | number>; scale?: number; width?: number; height?: number }): void;
  chart(spec: __ChartSpec): void;
  fitCallbacks(options?: { metrics?: string[]; title?: string }): import("@tensorflow/tfjs").CustomCallbackArgs;
}
interface __Datasets {
  digits(count?: number): { images: __Rank2; labels: __Rank1 };
  iris(): { features: __Rank2; labels: __Rank1; classNames: string[] };
  cars(): Array<{ Name: string; Miles_per_Gallon: number | null; Cylinders: number; Displacement: number; Horsepower: number | null; Weight_in_lbs: number; Acceleration: number; Year: string; Origin: string }>;
  sentences(): { texts: string[]; labels: number[]; classNames: string[] };
  spirals(options?: { count?: number; classes?: number; noise?: number; seed?: number }): { points: __Rank2; labels: __Rank1 };
  sine(options?: { count?: number; noise?: number; seed?: number }): { x: __Rank2; y: __Rank2 };
  xor(): { x: __Rank2; y: __Rank2 };
}
declare const tf: typeof import("@tensorflow/tfjs");
// Types-only namespace merged with the const, so cells can write \`tf.Tensor2D\` as a type.
declare namespace tf {
  type Rank = import("@tensorflow/tfjs").Rank;
  type Tensor<R extends Rank = Rank> = import("@tensorflow/tfjs").Tensor<R>;
  type Scalar = import("@tensorflow/tfjs").Scalar;
  type Tensor1D = import("@tensorflow/tfjs").Tensor1D;
  type Tensor2D = import("@tensorflow/tfjs").Tensor2D;
  type Tensor3D = import("@tensorflow/tfjs").Tensor3D;
  type Tensor4D = import("@tensorflow/tfjs").Tensor4D;
  type Tensor5D = import("@tensorflow/tfjs").Tensor5D;
  type Variable<R extends Rank = Rank> = import("@tensorflow/tfjs").Variable<R>;
  type TensorLike = import("@tensorflow/tfjs").TensorLike;
  type DataType = import("@tensorflow/tfjs").DataType;
  type SymbolicTensor = import("@tensorflow/tfjs").SymbolicTensor;
  type LayersModel = import("@tensorflow/tfjs").LayersModel;
  type Sequential = import("@tensorflow/tfjs").Sequential;
  type Optimizer = import("@tensorflow/tfjs").Optimizer;
  type History = import("@tensorflow/tfjs").History;
  type Logs = import("@tensorflow/tfjs").Logs;
  type NamedTensorMap = import("@tensorflow/tfjs").NamedTensorMap;
}
declare const display: __Display;
declare const datasets: __Datasets;
declare function sleep(ms: number): Promise<void>;
declare function assert(condition: unknown, message?: string): asserts condition;
declare function assertClose(actual: __Numbers, expected: __Numbers, tolerance?: number, message?: string): void;
`;

function walk(dir: string, keep: (file: string) => boolean, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== "node_modules") walk(file, keep, out);
    else if (entry.isFile() && keep(file)) out.push(file);
  }
  return out.sort();
}

function fingerprint(): string {
  const inputs = [
    ...walk("lib/kernel", (f) => /\.ts$/.test(f) && !/\.test\.ts$/.test(f)),
    ...walk("bench/kernel-bare", () => true),
    "scripts/build-kernel.ts",
    "scripts/lib/browser-bundle.ts",
    "scripts/lib/webgpu-bundle.ts",
    ...[...TF_PACKAGES, ...BUNDLED_ONLY].map((p) => `node_modules/@tensorflow/${p}/package.json`),
    "node_modules/esbuild/package.json",
  ];
  const lines = inputs.map((f) => `${f}:${fs.statSync(f).size}:${fs.statSync(f).mtimeMs}`);
  return crypto.createHash("sha256").update(lines.join("\n")).digest("hex");
}

async function bundle(entry: string, outfile: string): Promise<void> {
  await esbuild.build(browserBundleOptions(entry, outfile));
}

function copyWasm(): void {
  fs.mkdirSync(path.join(OUT, "wasm"), { recursive: true });
  for (const file of WASM_FILES) {
    fs.copyFileSync(path.join("node_modules/@tensorflow/tfjs-backend-wasm/dist", file), path.join(OUT, "wasm", file));
  }
}

/** Every @tensorflow/* declaration file, at the path the TypeScript worker resolves it from. */
function writeTypes(): number {
  const files: Array<{ path: string; content: string }> = [];
  for (const pkg of TF_PACKAGES) {
    const root = `node_modules/@tensorflow/${pkg}`;
    for (const file of walk(path.join(root, "dist"), (f) => f.endsWith(".d.ts"))) {
      files.push({ path: `file:///${file}`, content: fs.readFileSync(file, "utf8") });
    }
    files.push({ path: `file:///${root}/index.d.ts`, content: 'export * from "./dist/index";\n' });
  }
  files.push({ path: "file:///cell-globals.d.ts", content: CELL_GLOBALS });
  fs.writeFileSync(path.join(OUT, "types.json"), JSON.stringify({ files }));
  return files.length;
}

function buildDatasets(): void {
  if (!fs.existsSync("scripts/build-datasets.ts")) return;
  const result = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/build-datasets.ts"], { stdio: "inherit" });
  if (result.status !== 0) throw new Error("scripts/build-datasets.ts failed");
}

async function main(): Promise<void> {
  const started = Date.now();
  buildDatasets();
  const stamp = fingerprint();
  const force = process.argv.includes("--force");
  if (!force && fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === stamp) {
    console.log("kernel assets up to date");
    return;
  }
  fs.mkdirSync(OUT, { recursive: true });
  await Promise.all([
    bundle("lib/kernel/worker/index.ts", path.join(OUT, "kernel.js")),
    bundle("lib/kernel/worker/compiler.ts", path.join(OUT, "compiler.js")),
    esbuild.build(webgpuBundleOptions(path.join(OUT, "webgpu.js"))),
    bundle("lib/kernel/sandbox/index.ts", path.join(OUT, "sandbox.js")),
    bundle("bench/kernel-bare/worker.ts", path.join(OUT, "bench/bare-worker.js")),
    bundle("bench/kernel-bare/page.ts", path.join(OUT, "bench/bare.js")),
    bundle("lib/kernel/harness/page.ts", path.join(OUT, "harness/harness.js")),
  ]);
  fs.copyFileSync("bench/kernel-bare/index.html", path.join(OUT, "bench/index.html"));
  fs.copyFileSync("lib/kernel/harness/index.html", path.join(OUT, "harness/index.html"));
  copyWasm();
  const typeFiles = writeTypes();
  fs.writeFileSync(STAMP, stamp);
  const kb = (file: string) => Math.round(fs.statSync(path.join(OUT, file)).size / 1024);
  console.log(
    `kernel assets built in ${Date.now() - started} ms: kernel.js ${kb("kernel.js")} KB, compiler.js ${kb("compiler.js")} KB, sandbox.js ${kb("sandbox.js")} KB, ` +
      `types.json ${kb("types.json")} KB (${typeFiles} files)`,
  );
}

await main();
