/**
 * `npm run bench:kernel`: the notebook kernel (opaque-origin sandbox + worker + execution core)
 * against a bare page running a plain TensorFlow.js worker, side by side in one headless Chromium:
 * cold start, warm trivial-cell latency (p50/p95 of 50 runs), and two training jobs per backend.
 * Writes its section of docs/benchmarks.md.
 *
 * Uses BENCH_URL when set (a running app); otherwise prepares the database and assets and serves
 * the existing production build (`npm run build` first) on 127.0.0.1:3301.
 */
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { chromium, type Browser } from "@playwright/test";
import { chromiumLaunchOptions } from "../scripts/lib/chromium";
import { spawnServer } from "../scripts/lib/run";
import { prepare } from "../scripts/prepare";
import { writeSection } from "./lib/server-process";
import type { Workload } from "./kernel-bare/workloads";
import { TRIVIAL_RUNS, WORKLOADS, bareSide, kernelSide, percentile, type Side } from "./kernel-sides";


async function serve(): Promise<{ url: string; server: ChildProcess | null }> {
  if (process.env.BENCH_URL) return { url: process.env.BENCH_URL.replace(/\/$/, ""), server: null };
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!fs.existsSync(`${distDir}/BUILD_ID`)) throw new Error(`No production build in ${distDir}: run \`npm run build\` first (or set BENCH_URL).`);
  const app = await prepare({ port: 3301, host: "127.0.0.1" });
  const server = spawnServer(3301, "127.0.0.1", app.env, "ignore");
  const url = "http://127.0.0.1:3301";
  for (let i = 0; i < 120; i++) {
    if (await fetch(`${url}/kernel/sandbox`).then((r) => r.ok, () => false)) return { url, server };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  server.kill();
  throw new Error("The app did not start on port 3301.");
}

const ms = (value: number | undefined) =>
  value === undefined ? "–" : value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value).toLocaleString("en-US")} ms`;

/** A side's time, or why it could not train (the bare worker has no fallbacks for missing kernels). */
type Row = [label: string, kernel: number | string, bare: number | string];

async function fitOrReason(side: Side, workload: Workload): Promise<number | string> {
  try {
    return await side.train(workload);
  } catch (error) {
    return String(error instanceof Error ? error.message : error).replace(/^(page\.evaluate: )?(Error: )*/, "").split("\n")[0]!.slice(0, 120);
  }
}

/** Fresh pages per side, interleaved: one cold start is too noisy on a shared machine. */
const COLD_RUNS = 7;

/** Runs every measurement on both sides back to back, so load from elsewhere hits both alike. */
async function measure(browser: Browser, url: string, kernel: Side, bare: Side): Promise<Row[]> {
  const cold: [number[], number[]] = [[kernel.coldMs], [bare.coldMs]];
  for (let i = 1; i < COLD_RUNS; i++) {
    const [k, b] = [await kernelSide(browser, url), await bareSide(browser, url, kernel.backend, kernel.backends)];
    cold[0].push(k.coldMs);
    cold[1].push(b.coldMs);
    await Promise.all([k.close(), b.close()]);
  }
  const revisit: [number[], number[]] = [[], []];
  for (let i = 0; i < COLD_RUNS; i++) {
    const [k, b] = [await kernelSide(browser, url, true), await bareSide(browser, url, kernel.backend, kernel.backends, true)];
    revisit[0].push(k.coldMs);
    revisit[1].push(b.coldMs);
    await Promise.all([k.close(), b.close()]);
  }
  const rows: Row[] = [
    [`Cold start: ready after navigation, first visit (${kernel.backend}), median of ${COLD_RUNS}`, percentile(cold[0], 50), percentile(cold[1], 50)],
    [`Cold start: ready after navigation, next page of the visit (${kernel.backend}), median of ${COLD_RUNS}`, percentile(revisit[0], 50), percentile(revisit[1], 50)],
  ];
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < TRIVIAL_RUNS; i++) {
    times[0].push(await kernel.trivial());
    times[1].push(await bare.trivial());
  }
  rows.push([`Warm trivial cell, p50 of ${TRIVIAL_RUNS}`, percentile(times[0], 50), percentile(times[1], 50)]);
  rows.push([`Warm trivial cell, p95 of ${TRIVIAL_RUNS}`, percentile(times[0], 95), percentile(times[1], 95)]);
  for (const backend of kernel.backends) {
    await kernel.setBackend(backend);
    await bare.setBackend(backend);
    for (const [label, workload, runs] of WORKLOADS) {
      const fits: [number[], Array<number | string>] = [[], []];
      for (let i = 0; i < runs; i++) {
        fits[0].push(await kernel.train(workload));
        fits[1].push(await fitOrReason(bare, workload));
      }
      const failed = fits[1].find((fit): fit is string => typeof fit === "string");
      rows.push([`${label}, ${backend}${runs > 1 ? `, median of ${runs}` : ""}`, percentile(fits[0], 50), failed ?? percentile(fits[1] as number[], 50)]);
    }
  }
  return rows;
}

const timeOrFailure = (value: number | string) => (typeof value === "number" ? ms(value) : `fails: ${value.replace(/\|/g, "\\|")}`);

function table(rows: Row[]): string {
  return [
    "| Measure | Kernel (sandboxed notebook) | Bare tfjs worker | Kernel / bare |",
    "|---|---:|---:|---:|",
    ...rows.map(([label, kernel, bare]) => {
      const ratio = typeof kernel === "number" && typeof bare === "number" ? `${(kernel / bare).toFixed(2)}×` : "–";
      return `| ${label} | ${timeOrFailure(kernel)} | ${timeOrFailure(bare)} | ${ratio} |`;
    }),
  ].join("\n");
}

async function main(): Promise<void> {
  const { url, server } = await serve();
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch(chromiumLaunchOptions);
    const kernel = await kernelSide(browser, url);
    const bare = await bareSide(browser, url, kernel.backend, kernel.backends);
    const rows = await measure(browser, url, kernel, bare);
    const load = os.loadavg()[0]?.toFixed(1);
    const date = new Date().toISOString().slice(0, 10);
    const machine = `${os.cpus().length} cores (\`nproc\`), ${Math.round(os.totalmem() / 2 ** 30)} GB memory, Chromium ${browser.version()} headless, Node ${process.version}`;
    const body = [
      "## Notebook kernel vs a bare TensorFlow.js worker",
      "",
      `Measured ${date} by \`npm run bench:kernel\` on ${machine} (load average ${load} at the end). WebGL here is SwiftShader (software).`,
      "Both sides run in the same browser, each measurement back to back, timed inside the page/worker.",
      "Cold start, first visit: a fresh browser context (empty HTTP cache). Next page of the visit: the same context's second page load, as when a learner opens their next lesson.",
      "Training: Adam, batch 32, random data; the time is `model.fit` measured inside the worker.",
      "2-layer dense: 10 → 32 → 1, 2,000 samples, 5 epochs. MNIST-sized: 784 → 256 → 10, 2,000 samples, 3 epochs.",
      "Small CNN: 28×28×1 → conv 8 (3×3) → max-pool → conv 16 → max-pool → 10, 256 samples, 1 epoch. Embedding: 16 ids from a vocabulary of 500 → embedding 16 → average → 4, 256 samples, 1 epoch.",
      "The kernel runs the CNN's filter gradient and the embedding's gradient (UnsortedSegmentSum) with its own faster CPU kernels, bridged to WASM (docs/decisions/014-fast-cpu-gradients.md); a bare worker has neither.",
      "",
      table(rows),
    ].join("\n");
    writeSection("kernel", body);
    console.log(body);
  } finally {
    await browser?.close();
    server?.kill();
  }
}

await main();
