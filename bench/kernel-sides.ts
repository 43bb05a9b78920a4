/**
 * The two sides of bench/kernel.ts. All timing happens inside the page (performance.now()), so
 * Playwright's own round trips do not count.
 */
import type { Browser, Page } from "@playwright/test";
import LZString from "lz-string";
import { DENSE_2_LAYER, EMBEDDING, MNIST_DENSE, SMALL_CNN, TRAIN_SOURCE, type Workload } from "./kernel-bare/workloads";

/** One side of the comparison, driven step by step so the sides can be interleaved. */
export interface Side {
  /** Milliseconds from navigation until the worker can run code (TensorFlow.js loaded, backend ready). */
  coldMs: number;
  backend: string;
  backends: string[];
  trivial(): Promise<number>;
  setBackend(name: string): Promise<void>;
  /** model.fit milliseconds, measured inside the worker; throws with the worker's error when training fails. */
  train(workload: Workload): Promise<number>;
  close(): Promise<void>;
}

export const TRIVIAL_RUNS = 50;
/** Label, workload, and how many interleaved runs (the short one is noisy; the long one takes 30 s on CPU). */
export const WORKLOADS: Array<[string, Workload, number]> = [
  ["2-layer dense", DENSE_2_LAYER, 5],
  ["MNIST-sized dense", MNIST_DENSE, 1],
  ["Small CNN", SMALL_CNN, 1],
  ["Embedding", EMBEDDING, 1],
];

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const trainCell = (workload: Workload) =>
  `const __train = ${TRAIN_SOURCE};\nconsole.log("FIT_MS=" + (await __train(tf, ${JSON.stringify(workload)})));`;

/**
 * In-page code as strings: tsx (esbuild keepNames) would wrap named functions of a callback
 * passed to page.evaluate in a `__name` helper that does not exist in the page.
 */
const RUN_CELL_TIMED = `async (i) => {
  const cell = document.querySelectorAll("[data-testid=cell]")[i];
  const status = cell.querySelector("[data-testid=cell-status]");
  const count = cell.querySelector("[class*='count']");
  const before = count.textContent;
  const started = performance.now();
  cell.querySelector("[data-testid=run-cell]").click();
  await new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (count.textContent !== before && (status.textContent === "done" || status.textContent === "error")) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(cell, { subtree: true, childList: true, characterData: true });
  });
  return { ms: performance.now() - started, output: cell.querySelector("[data-testid=cell-output]").innerText };
}`;

/** Clicks cell i's run button in the page and resolves when its execution count moves on. */
async function runCellTimed(page: Page, index: number): Promise<{ ms: number; output: string }> {
  return page.evaluate(`(${RUN_CELL_TIMED})(${index})`);
}

/**
 * `revisit`: load the page once first, then measure a second load in the same browser session
 * (what a learner opening their next lesson gets: the HTTP cache holds the kernel's files).
 */
export async function kernelSide(browser: Browser, url: string, revisit = false): Promise<Side> {
  const page = await browser.newPage();
  await page.addInitScript(`new MutationObserver(() => {
    const shown = document.querySelector("[data-testid=kernel-backend]")?.textContent ?? "";
    if (window.kernelReadyAt === undefined && /^(webgl|wasm|cpu)$/.test(shown)) window.kernelReadyAt = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });`);
  const cells = ["1 + 1", ...WORKLOADS.map(([, workload]) => trainCell(workload))];
  const hash = `#cells=${LZString.compressToEncodedURIComponent(JSON.stringify(cells))}`;
  const ready = () => page.getByTestId("kernel-backend").filter({ hasText: /^(webgl|wasm|cpu)$/ }).waitFor({ timeout: 60_000 });
  if (revisit) {
    await page.goto(`${url}/playground${hash}`);
    await ready();
  }
  await page.goto(`${url}/playground${revisit ? "?visit=2" : ""}${hash}`);
  await ready();
  await runCellTimed(page, 0);
  return {
    coldMs: (await page.evaluate("window.kernelReadyAt")) as number,
    backend: (await page.getByTestId("kernel-backend").textContent()) ?? "",
    backends: await page.locator("select[aria-label='Switch the TensorFlow.js backend'] option").allTextContents(),
    trivial: async () => (await runCellTimed(page, 0)).ms,
    async setBackend(name) {
      await page.getByLabel("Switch the TensorFlow.js backend").selectOption(name);
      await page.getByTestId("kernel-backend").filter({ hasText: new RegExp(`^${name}$`) }).waitFor({ timeout: 60_000 });
    },
    async train(workload) {
      const index = WORKLOADS.findIndex(([, w]) => w === workload) + 1;
      const { output } = await runCellTimed(page, index);
      const fit = /FIT_MS=([\d.]+)/.exec(output)?.[1];
      if (!fit) throw new Error(`Training failed in the kernel: ${output.slice(0, 500)}`);
      return Number(fit);
    },
    close: () => page.close(),
  };
}

export async function bareSide(browser: Browser, url: string, backend: string, backends: string[], revisit = false): Promise<Side> {
  const page = await browser.newPage();
  if (revisit) {
    await page.goto(`${url}/kernel/bench/index.html`);
    await page.evaluate(`window.bare.call("backend", { backend: ${JSON.stringify(backend)} })`);
  }
  await page.goto(`${url}/kernel/bench/index.html${revisit ? "?visit=2" : ""}`);
  const call = (op: string, args: Record<string, unknown> = {}) => page.evaluate(`window.bare.call(${JSON.stringify(op)}, ${JSON.stringify(args)})`);
  const coldMs = (await page.evaluate(`window.bare.call("backend", { backend: ${JSON.stringify(backend)} }).then(() => performance.now())`)) as number;
  await call("trivial");
  return {
    coldMs,
    backend,
    backends,
    trivial: async () =>
      (await page.evaluate(`(async () => { const started = performance.now(); await window.bare.call("trivial"); return performance.now() - started; })()`)) as number,
    setBackend: async (name) => void (await call("backend", { backend: name })),
    train: async (workload) => (await call("train", { workload })) as number,
    close: () => page.close(),
  };
}
