/**
 * Script of the kernel harness page (public/kernel/harness/): the real KernelClient, hence the
 * real opaque-origin sandbox and worker, driven by Playwright through `window.kernelHarness`.
 * Used by `npm run lessons:check -- --browser` and the backend fidelity test. It holds nothing a
 * notebook page does not: cells run in the same sandbox, with no access to this page.
 */
import { KernelClient } from "../client";
import type { Output, RunResult } from "../outputs";
import type { BackendInfo, BackendName } from "../protocol";

export interface HarnessRun {
  result: RunResult;
  outputs: Output[];
}

const client = new KernelClient("/kernel/sandbox");

/** Resolves once the kernel is idle (on `backend`, when given). */
function ready(backend?: BackendName): Promise<BackendInfo> {
  return new Promise((resolve, reject) => {
    const settle = () => {
      const { state, info } = client.status;
      if (state === "dead") reject(new Error("The kernel did not start."));
      else if (info?.backend && state === "idle" && (!backend || info.backend === backend)) resolve(info);
      else return false;
      return true;
    };
    if (settle()) return;
    const stop = client.onStatus(() => {
      if (settle()) stop();
    });
    client.connect();
  });
}

async function run(cellId: string, source: string, timeLimitMs: number): Promise<HarnessRun> {
  const outputs: Output[] = [];
  const handle = client.run({ cellId, source, timeLimitMs }, { onOutput: (batch) => outputs.push(...batch) });
  return { result: await handle.done, outputs };
}

async function setBackend(backend: BackendName): Promise<BackendInfo> {
  await client.setBackend(backend);
  // The sandbox answers the request before it reports the new status.
  return ready(backend);
}

Object.assign(window, { kernelHarness: { ready, run, setBackend } });
