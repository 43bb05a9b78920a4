import { describe, expect, it } from "vitest";
import type { KernelStatus, RunOptions } from "@/lib/kernel/client";
import type { RunHandlers } from "@/lib/kernel/client";
import type { Output, RunResult } from "@/lib/kernel/outputs";
import { NotebookController } from "./controller";
import type { KernelLike } from "./kernel-like";
import type { EditPersistence, EditStore } from "./saved-edits";

interface FakeRun {
  options: RunOptions;
  handlers: RunHandlers;
  finish(result: Partial<RunResult>, outputs?: Output[]): void;
  abort(): void;
}

/** A kernel that runs nothing until the test says so; failures abort what is queued behind. */
function fakeKernel() {
  const runs: FakeRun[] = [];
  let status: KernelStatus = { state: "idle", info: null };
  const statusListeners = new Set<(s: KernelStatus) => void>();
  const kernel: KernelLike = {
    get status() {
      return status;
    },
    connect() {},
    onStatus: (listener) => (statusListeners.add(listener), () => statusListeners.delete(listener)),
    run(options, handlers = {}) {
      let resolve!: (r: RunResult) => void;
      const done = new Promise<RunResult>((r) => (resolve = r));
      const run: FakeRun = {
        options,
        handlers,
        finish(result, outputs = []) {
          handlers.onStart?.();
          handlers.onOutput?.(outputs);
          const full = { status: "ok" as const, durationMs: 3, tensorDelta: 0, numTensors: 0, ...result };
          resolve(full);
          if (full.status !== "ok") for (const other of runs.slice(runs.indexOf(run) + 1)) other.abort();
        },
        abort: () => resolve({ status: "interrupted", durationMs: 0, tensorDelta: 0, numTensors: 0 }),
      };
      runs.push(run);
      return { runId: `run-${runs.length}-${Math.random()}`, done };
    },
    interrupt() {},
    restart: async () => {},
    setBackend: async () => {},
    dispose() {},
  };
  const emit = (next: KernelStatus) => {
    status = next;
    for (const l of statusListeners) l(next);
  };
  return { kernel, runs, emit };
}

function memoryStore(): EditStore {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

function setup(options: { setupSource?: string; storage?: EditStore; version?: string; edits?: EditPersistence } = {}) {
  const fake = fakeKernel();
  const changes: Array<[string, string]> = [];
  const ended: Array<[string, string, string | undefined]> = [];
  const controller = new NotebookController(fake.kernel, {
    notebookId: "nb",
    version: options.version ?? "v1",
    setupSource: options.setupSource,
    storage: options.storage ?? memoryStore(),
    edits: options.edits,
    onRunComplete: (cellId, status, errorName) => ended.push([cellId, status, errorName]),
    schedule: (flush) => queueMicrotask(flush),
    onSourceChange: (cellId, source) => changes.push([cellId, source]),
  });
  const add = (cellId: string, original: string) => controller.register(cellId, { original, readOnly: false, element: () => null });
  return { ...fake, controller, add, changes, ended };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe("NotebookController", () => {
  it("runs a cell: queued, then done with output, duration and an execution count", async () => {
    const { controller, add, runs } = setup();
    add("a", "1 + 1");
    const done = controller.runCell("a");
    expect(controller.cells.get("a")?.status).toBe("queued");
    runs[0]?.finish({ durationMs: 7 }, [{ type: "stream", name: "stdout", text: "hi" }]);
    await done;
    const cell = controller.cells.get("a");
    expect(cell).toMatchObject({ status: "done", durationMs: 7, execCount: 1 });
    expect(cell?.outputs).toEqual([{ type: "stream", name: "stdout", text: "hi" }]);
  });

  it("marks a failing cell as error and the cells queued behind it as idle again", async () => {
    const { controller, add, runs } = setup();
    add("a", "throw 1");
    add("b", "2");
    const all = Promise.all([controller.runCell("a"), controller.runCell("b")]);
    runs[0]?.finish({ status: "error" });
    await all;
    expect(controller.cells.get("a")?.status).toBe("error");
    expect(controller.cells.get("b")?.status).toBe("idle");
  });

  it("runs the setup code once, before the first cell", async () => {
    const { controller, add, runs } = setup({ setupSource: "const data = 1;" });
    add("a", "data");
    const first = controller.runCell("a");
    expect(runs.map((r) => r.options.cellId)).toEqual(["__setup__", "a"]);
    runs[0]?.finish({});
    runs[1]?.finish({});
    await first;
    const second = controller.runCell("a");
    runs[2]?.finish({});
    await second;
    expect(runs.map((r) => r.options.cellId)).toEqual(["__setup__", "a", "a"]);
  });

  it("shows the setup error in the cell when setup fails", async () => {
    const { controller, add, runs } = setup({ setupSource: "boom()" });
    add("a", "1");
    const run = controller.runCell("a");
    runs[0]?.finish({ status: "error" }, [{ type: "error", ename: "ReferenceError", evalue: "boom is not defined", traceback: [] }]);
    await run;
    const cell = controller.cells.get("a");
    expect(cell?.status).toBe("error");
    expect(cell?.outputs.some((o) => o.type === "error" && o.evalue === "boom is not defined")).toBe(true);
  });

  it("warns about a leak when a cell's tensor count grows on every run", async () => {
    const { controller, add, runs } = setup();
    add("a", "tf.ones([2])");
    for (let i = 0; i < 2; i++) {
      const run = controller.runCell("a");
      runs[i]?.finish({ tensorDelta: 1 });
      await run;
      expect(controller.cells.get("a")?.leak).toBe(i === 1);
    }
  });

  it("keeps edits per notebook and cell, flags them stale for a new version, and resets", () => {
    const storage = memoryStore();
    const first = setup({ storage });
    first.add("a", "original");
    first.controller.setSource("a", "mine");
    expect(first.changes).toEqual([["a", "mine"]]);
    const later = setup({ storage, version: "v2" });
    later.add("a", "original");
    expect(later.controller.cells.get("a")).toMatchObject({ source: "mine", edited: true, stale: true });
    later.controller.resetCell("a");
    expect(later.controller.cells.get("a")).toMatchObject({ source: "original", edited: false, stale: false });
    const again = setup({ storage });
    again.add("a", "original");
    expect(again.controller.cells.get("a")?.source).toBe("original");
  });

  it("never runs edited code on load", async () => {
    const storage = memoryStore();
    setup({ storage }).controller.register("a", { original: "x", readOnly: false, element: () => null });
    const { add, runs } = setup({ storage });
    add("a", "x");
    await tick();
    expect(runs).toHaveLength(0);
  });

  it("returns the output of runSource without showing it in a cell", async () => {
    const { controller, add, runs } = setup();
    add("a", "1");
    const check = controller.runSource("assert(false)", { silent: true });
    runs[0]?.finish({ status: "error" }, [{ type: "error", ename: "AssertionError", evalue: "no", traceback: [] }]);
    await expect(check).resolves.toMatchObject({ status: "error", outputs: [{ ename: "AssertionError" }] });
    expect(controller.cells.get("a")?.outputs).toEqual([]);
    expect(controller.kernel.get().executions).toBe(0);
  });

  it("resets the execution counter when the kernel restarts", async () => {
    const { controller, add, runs, emit } = setup();
    add("a", "1");
    const run = controller.runCell("a");
    runs[0]?.finish({});
    await run;
    expect(controller.kernel.get().executions).toBe(1);
    emit({ state: "restarting", info: null });
    expect(controller.kernel.get().executions).toBe(0);
  });

  it("reports each started cell run with its status and error name, but not checks or unstarted runs", async () => {
    const { controller, add, runs, ended } = setup();
    add("a", "1");
    add("b", "2");
    const first = controller.runCell("a");
    runs[0]?.finish({});
    await first;
    const failing = Promise.all([controller.runCell("a"), controller.runCell("b")]);
    runs[1]?.finish({ status: "error" }, [{ type: "error", ename: "TypeError", evalue: "x", traceback: [] }]);
    await failing;
    const check = controller.runSource("1", { silent: true });
    runs[3]?.finish({});
    await check;
    expect(ended).toEqual([["a", "ok", undefined], ["a", "error", "TypeError"]]);
  });

  it("keeps edits in the given persistence instead of localStorage, and replaces a cell's code", () => {
    const saved: Array<[string, string]> = [];
    const cleared: string[] = [];
    const storage = memoryStore();
    const edits: EditPersistence = {
      load: (cellId) => (cellId === "a" ? { source: "from account", version: "v0" } : null),
      save: (cellId, source) => void saved.push([cellId, source]),
      clear: (cellId) => void cleared.push(cellId),
    };
    const { controller, add } = setup({ storage, edits });
    add("a", "original");
    expect(controller.cells.get("a")).toMatchObject({ source: "from account", edited: true, stale: true });
    controller.replaceSource("a", "theirs");
    expect(controller.cells.get("a")).toMatchObject({ source: "theirs", edited: true, stale: false });
    controller.replaceSource("a", null);
    expect(controller.cells.get("a")).toMatchObject({ source: "original", edited: false });
    controller.resetCell("a");
    expect(saved).toEqual([["a", "theirs"], ["a", "original"]]);
    expect(cleared).toEqual(["a"]);
    expect(storage.getItem("notebook-edit:nb:a")).toBeNull();
  });
});
