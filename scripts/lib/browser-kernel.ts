import { spawn, type ChildProcess } from "node:child_process";
import { chromium, type Browser, type Page } from "@playwright/test";
import type { CheckKernel, CheckRun, ErrorOutput, KernelFactory } from "@/lib/lessons/check/kernel";
import type { Output, RunResult } from "@/lib/kernel/outputs";
import type { BackendInfo, BackendName } from "@/lib/kernel/protocol";
import { chromiumLaunchOptions } from "./chromium";
import { bin } from "./run";

/**
 * Lesson code run where learners run it: headless Chromium, the app's real opaque-origin sandbox and
 * worker (public/kernel/harness drives the same KernelClient a notebook page uses), on a chosen
 * TensorFlow.js backend. One fresh page, hence one fresh kernel, per lesson.
 */
export interface BrowserKernels {
  /** The backends the browser offers, and whether its WebGL is a hardware GPU. */
  info: BackendInfo;
  factory(backend: BackendName): KernelFactory;
  close(): Promise<void>;
}

interface HarnessRun {
  result: RunResult;
  outputs: Output[];
}

export async function openBrowserKernels(baseUrl: string): Promise<BrowserKernels> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  const probe = await openHarness(browser, baseUrl);
  const info = await harnessReady(probe);
  await probe.close();
  return {
    info,
    factory: (backend) => async () => browserKernel(await openHarness(browser, baseUrl), backend),
    close: () => browser.close(),
  };
}

/** Runs code in the harness page's kernel; resolves with the run's result and every output. */
export function runInHarness(page: Page, cellId: string, source: string, timeLimitMs: number): Promise<HarnessRun> {
  const args = [cellId, source, timeLimitMs].map((value) => JSON.stringify(value)).join(", ");
  return page.evaluate(`window.kernelHarness.run(${args})`) as Promise<HarnessRun>;
}

/** Waits for the harness page's kernel, on `backend` (switching to it) when given. */
export async function harnessReady(page: Page, backend?: BackendName): Promise<BackendInfo> {
  const info = (await page.evaluate("window.kernelHarness.ready()")) as BackendInfo;
  if (!backend || info.backend === backend) return info;
  return (await page.evaluate(`window.kernelHarness.setBackend(${JSON.stringify(backend)})`)) as BackendInfo;
}

async function openHarness(browser: Browser, baseUrl: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}/kernel/harness/index.html`);
  return page;
}

async function browserKernel(page: Page, backend: BackendName): Promise<CheckKernel> {
  const info = await harnessReady(page, backend);
  if (info.backend !== backend) throw new Error(`The browser kernel could not switch to ${backend} (it runs ${info.backend}).`);
  return {
    async run(cellId, source, timeLimitMs): Promise<CheckRun> {
      const { result, outputs } = await runInHarness(page, cellId, source, timeLimitMs);
      const error = outputs.find((o): o is ErrorOutput => o.type === "error") ?? null;
      return { status: result.status, error, durationMs: result.durationMs, outputs };
    },
    dispose: () => void page.close(),
  };
}

/** The production app on 127.0.0.1:port with a fresh test database (`scripts/start.ts --test`). */
export async function startCheckServer(port: number): Promise<{ url: string; stop(): Promise<void> }> {
  const url = `http://127.0.0.1:${port}`;
  if (await answers(`${url}/api/auth/csrf`)) throw new Error(`Something already serves ${url}: stop it, or pass --url ${url} to use it.`);
  const env = { ...process.env, PORT: String(port), DATABASE_URL: "file:./data/test-check.db" };
  // Its own process group, so stopping it also stops the build or `next start` it runs.
  const child: ChildProcess = spawn(bin("tsx"), ["scripts/start.ts", "--test"], { env, stdio: ["ignore", "ignore", "inherit"], detached: true });
  const kill = () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // Already gone.
    }
  };
  process.once("exit", kill);
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const deadline = Date.now() + 600_000;
  for (;;) {
    const code = await Promise.race([exited, new Promise((r) => setTimeout(r, 500, "waiting"))]);
    if (code !== "waiting") throw new Error(`The app server exited (code ${String(code)}) before it answered on ${url}.`);
    if (await answers(`${url}/api/auth/csrf`)) break;
    if (Date.now() > deadline) {
      kill();
      throw new Error(`The app server did not answer on ${url} within 10 minutes.`);
    }
  }
  return {
    url,
    async stop() {
      kill();
      await exited;
    },
  };
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false; // Not listening yet (the first start builds the app).
  }
}
