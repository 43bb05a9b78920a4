import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SandboxToWorker, WorkerToSandbox } from "../protocol";
import { KernelHost, type AppMessage } from "./kernel-host";
import type { WorkerCallbacks } from "./worker-process";

interface FakeWorker {
  sent: SandboxToWorker[];
  transfers: Transferable[][];
  terminated: boolean;
  reply(message: WorkerToSandbox): void;
}

const info = { backend: "wasm" as const, backends: ["cpu" as const, "wasm" as const], crossOriginIsolated: true };
const ok = { status: "ok" as const, durationMs: 1, tensorDelta: 0, numTensors: 0 };

function setup(withFlag = true) {
  const workers: FakeWorker[] = [];
  const toApp: AppMessage[] = [];
  const flag = withFlag ? new Int32Array(new SharedArrayBuffer(4)) : null;
  const host = new KernelHost(
    (message) => toApp.push(message),
    (_flag, callbacks: WorkerCallbacks) => {
      const worker: FakeWorker = { sent: [], transfers: [], terminated: false, reply: (m) => callbacks.onMessage(m) };
      workers.push(worker);
      return {
        send: (m, transfer = []) => {
          worker.sent.push(m);
          worker.transfers.push(transfer);
        },
        terminate: () => void (worker.terminated = true),
      };
    },
    flag,
  );
  host.start();
  const current = () => workers[workers.length - 1] as FakeWorker;
  const run = (runId: string, timeLimitMs = 60_000) => host.handle({ kind: "run", channel: "c", runId, cellId: "1", source: "x", timeLimitMs });
  const kinds = () => toApp.map((m) => (m.kind === "status" ? `status:${m.state}` : `${m.kind}`));
  return { host, workers, toApp, flag, current, run, kinds };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("KernelHost", () => {
  it("holds runs until the worker is ready, then runs them one at a time", () => {
    const { current, run, kinds } = setup();
    run("a");
    run("b");
    expect(current().sent).toEqual([]);
    current().reply({ kind: "ready", info });
    expect(current().sent.map((m) => m.kind === "run" && m.runId)).toEqual(["a"]);
    current().reply({ kind: "run-end", runId: "a", result: ok });
    expect(current().sent.map((m) => m.kind === "run" && m.runId)).toEqual(["a", "b"]);
    expect(kinds()).toContain("run-end");
  });

  it("stops with the shared flag and keeps the worker when the run ends in time", () => {
    const { host, workers, current, run, flag } = setup();
    current().reply({ kind: "ready", info });
    run("a");
    host.handle({ kind: "interrupt", channel: "c", runId: "a" });
    expect(flag?.[0]).toBe(1);
    vi.advanceTimersByTime(500);
    current().reply({ kind: "run-end", runId: "a", result: { ...ok, status: "interrupted" } });
    vi.advanceTimersByTime(5_000);
    expect(workers).toHaveLength(1);
    expect(workers[0]?.terminated).toBe(false);
  });

  it("terminates and replaces a worker that ignores the flag, and says state was lost", () => {
    const { host, workers, current, run, toApp } = setup();
    current().reply({ kind: "ready", info });
    run("a");
    run("queued");
    host.handle({ kind: "interrupt", channel: "c", runId: "a" });
    vi.advanceTimersByTime(1_499);
    expect(workers).toHaveLength(1);
    vi.advanceTimersByTime(2);
    expect(workers[0]?.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    const notice = toApp.find((m) => m.kind === "output");
    expect(notice?.kind === "output" && notice.outputs[0]).toMatchObject({ type: "notice", level: "warning" });
    expect(JSON.stringify(notice)).toContain("kernel was restarted");
    const ends = toApp.filter((m) => m.kind === "run-end").map((m) => m.kind === "run-end" && [m.runId, m.result.status]);
    expect(ends).toEqual([["a", "interrupted"], ["queued", "interrupted"]]);
    expect(toApp.some((m) => m.kind === "status" && m.state === "restarting")).toBe(true);
  });

  it("applies the time limit the same way", () => {
    const { workers, current, run, flag } = setup();
    current().reply({ kind: "ready", info });
    run("slow", 2_000);
    vi.advanceTimersByTime(2_000);
    expect(flag?.[0]).toBe(0);
    vi.advanceTimersByTime(300);
    expect(flag?.[0]).toBe(1);
    vi.advanceTimersByTime(1_500);
    expect(workers).toHaveLength(2);
  });

  it("restarts at once when there is no shared flag (not cross-origin isolated)", () => {
    const { host, workers, current, run } = setup(false);
    current().reply({ kind: "ready", info });
    run("a");
    host.handle({ kind: "interrupt", channel: "c", runId: "a" });
    expect(workers).toHaveLength(2);
  });

  it("re-applies a chosen backend after a restart before running anything", () => {
    const { host, current, run } = setup();
    current().reply({ kind: "ready", info });
    host.handle({ kind: "set-backend", channel: "c", msgId: "m1", backend: "cpu" });
    current().reply({ kind: "reply", msgId: "m1", ok: true, info: { ...info, backend: "cpu" } });
    host.handle({ kind: "restart", channel: "c", msgId: "m2" });
    run("after");
    current().reply({ kind: "ready", info });
    expect(current().sent).toEqual([{ kind: "set-backend", msgId: "restore-backend", backend: "cpu" }]);
    current().reply({ kind: "reply", msgId: "restore-backend", ok: true, info: { ...info, backend: "cpu" } });
    expect(current().sent.map((m) => m.kind)).toEqual(["set-backend", "run"]);
  });

  it("drops output of runs it does not know while another run is active", () => {
    const { current, run, toApp } = setup();
    current().reply({ kind: "ready", info });
    run("a");
    current().reply({ kind: "output", runId: "zzz", outputs: [{ type: "stream", name: "stdout", text: "x" }] });
    current().reply({ kind: "output", runId: "a", outputs: [{ type: "stream", name: "stdout", text: "y" }] });
    expect(toApp.filter((m) => m.kind === "output").map((m) => m.kind === "output" && m.runId)).toEqual(["a"]);
  });

  it("fetches a file the worker asks for from the app, and hands the bytes to that worker", async () => {
    const { host, current, toApp } = setup();
    current().reply({ kind: "asset-request", requestId: "w1", name: "datasets/digits.bin" });
    const asked = toApp.find((m) => m.kind === "asset-request");
    expect(asked).toMatchObject({ kind: "asset-request", name: "datasets/digits.bin" });
    const bytes = new Uint8Array([7, 8, 9]).buffer;
    host.handle({ kind: "asset", channel: "c", requestId: asked!.kind === "asset-request" ? asked!.requestId : "", bytes });
    await vi.waitFor(() => expect(current().sent).toContainEqual({ kind: "asset", requestId: "w1", bytes }));
    expect(current().transfers.at(-1)).toEqual([bytes]);
  });

  it("passes the app's refusal on to the worker, which then loads the file itself", async () => {
    const { host, current, toApp } = setup();
    current().reply({ kind: "asset-request", requestId: "w2", name: "compiler.js" });
    const asked = toApp.find((m) => m.kind === "asset-request");
    host.handle({ kind: "asset", channel: "c", requestId: asked!.kind === "asset-request" ? asked!.requestId : "", error: "HTTP 503" });
    await vi.waitFor(() => expect(current().sent).toContainEqual({ kind: "asset", requestId: "w2", error: "HTTP 503" }));
  });
});
