/**
 * The sandbox page's side of the kernel: starts the worker, runs one cell at a time, and stops
 * runs in escalating steps. Stop first sets the shared stop flag (the cell ends, state is kept);
 * if the run has not ended STOP_GRACE_MS later, the worker is terminated and replaced, and the
 * cell is told that the kernel restarted and its state was lost. The time limit works the same.
 */
import type { Output, RunResult } from "../outputs";
import {
  type AppToSandbox,
  type BackendInfo,
  type BackendName,
  type KernelState,
  type SandboxToApp,
  type WorkerToSandbox,
} from "../protocol";
import { AssetRequests } from "../asset-requests";
import { ActiveRun, type RunRequest } from "./active-run";
import { WorkerProcess, importerUrl, type WorkerCallbacks } from "./worker-process";

/** Messages to the app, before the channel id is added. */
export type AppMessage = SandboxToApp extends infer M ? (M extends SandboxToApp ? Omit<M, "channel"> : never) : never;

/** Starts a worker (a seam for tests: the real one is a blob worker running kernel.js). */
export type SpawnWorker = (stopFlag: Int32Array | null, callbacks: WorkerCallbacks) => Pick<WorkerProcess, "send" | "terminate">;

function sharedStopFlag(): Int32Array | null {
  return typeof SharedArrayBuffer === "function" && self.crossOriginIsolated ? new Int32Array(new SharedArrayBuffer(4)) : null;
}

export class KernelHost {
  private process: ReturnType<SpawnWorker> | null = null;
  private state: KernelState = "starting";
  private info: BackendInfo | null = null;
  private preferredBackend: BackendName | null = null;
  private readonly queue: RunRequest[] = [];
  private active: ActiveRun | null = null;
  private readonly pendingReplies = new Map<string, (ok: boolean, error?: string) => void>();
  /** Kernel files asked of the app, which fetches them through its HTTP cache. */
  readonly assets: AssetRequests;

  constructor(
    private readonly toApp: (message: AppMessage) => void,
    private readonly spawn: SpawnWorker,
    private readonly stopFlag: Int32Array | null = sharedStopFlag(),
  ) {
    this.assets = new AssetRequests((requestId, name) => this.toApp({ kind: "asset-request", requestId, name }));
  }

  static forAssets(assetBase: string, toApp: (message: AppMessage) => void): KernelHost {
    // One blob of the kernel bundle for the sandbox's lifetime: a restart needs no download.
    let kernelScript: Promise<string> | null = null;
    const scriptUrl = (): Promise<string> =>
      (kernelScript ??= host.assets.request("kernel.js").then(
        (bytes: ArrayBuffer) => URL.createObjectURL(new Blob([bytes], { type: "text/javascript" })),
        () => {
          kernelScript = null;
          return importerUrl(assetBase);
        },
      ));
    const host: KernelHost = new KernelHost(toApp, (stopFlag, callbacks) => new WorkerProcess(scriptUrl(), assetBase, stopFlag, callbacks));
    return host;
  }

  start(): void {
    this.process?.terminate();
    this.setState(this.info ? "restarting" : "starting");
    this.process = this.spawn(this.stopFlag, {
      onMessage: (message) => this.onWorkerMessage(message),
      onCrash: (message) => this.onCrash(message),
    });
  }

  handle(message: AppToSandbox): void {
    switch (message.kind) {
      case "run":
        this.queue.push(message);
        this.pump();
        return;
      case "interrupt":
        return this.interrupt(message.runId);
      case "restart":
        this.endActive("interrupted", null);
        this.queue.length = 0;
        this.pendingReplies.set(message.msgId, (ok, error) => this.toApp({ kind: "reply", msgId: message.msgId, ok, error }));
        this.start();
        return;
      case "asset":
        return this.assets.settle(message);
      case "set-backend":
        if (this.state !== "idle") {
          this.toApp({ kind: "reply", msgId: message.msgId, ok: false, error: "The kernel is busy." });
          return;
        }
        this.preferredBackend = message.backend;
        this.pendingReplies.set(message.msgId, (ok, error) => this.toApp({ kind: "reply", msgId: message.msgId, ok, error }));
        this.process?.send({ kind: "set-backend", msgId: message.msgId, backend: message.backend });
    }
  }

  private onWorkerMessage(message: WorkerToSandbox): void {
    switch (message.kind) {
      case "ready":
        this.info = message.info;
        if (this.preferredBackend && this.preferredBackend !== message.info.backend) {
          this.process?.send({ kind: "set-backend", msgId: "restore-backend", backend: this.preferredBackend });
          return;
        }
        return this.becomeIdle();
      case "reply":
        if (message.info) this.info = message.info;
        if (message.msgId === "restore-backend") return this.becomeIdle();
        this.settleReply(message.msgId, message.ok, message.error);
        this.toApp({ kind: "status", state: this.state, info: this.info });
        return;
      case "output":
        if (this.active?.runId === message.runId || !this.active) {
          this.toApp({ kind: "output", runId: message.runId, outputs: message.outputs });
        }
        return;
      case "run-end":
        if (this.active?.runId !== message.runId) return;
        this.active.finish();
        this.active = null;
        this.toApp({ kind: "run-end", runId: message.runId, result: message.result });
        this.setState("idle");
        this.pump();
        return;
      case "fatal":
        this.onCrash(message.message);
        return;
      case "asset-request":
        return this.forwardAsset(message.requestId, message.name);
    }
  }

  /** A file the worker needs, from the app; the answer goes to the worker that asked. */
  private forwardAsset(requestId: string, name: string): void {
    const asker = this.process;
    this.assets.request(name).then(
      (bytes) => asker?.send({ kind: "asset", requestId, bytes }, [bytes]),
      (error: unknown) => asker?.send({ kind: "asset", requestId, error: error instanceof Error ? error.message : String(error) }),
    );
  }

  private becomeIdle(): void {
    this.setState("idle");
    for (const [msgId] of this.pendingReplies) this.settleReply(msgId, true);
    this.pump();
  }

  private pump(): void {
    if (this.state !== "idle" || this.active) return;
    const request = this.queue.shift();
    if (!request) return;
    this.active = new ActiveRun(request, this.stopFlag, (run, reason) => this.hardRestart(run, reason));
    this.setState("busy");
    this.toApp({ kind: "run-start", runId: request.runId });
    this.process?.send({ kind: "run", ...pick(request) });
  }

  private interrupt(runId: string): void {
    const queued = this.queue.findIndex((request) => request.runId === runId);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      this.toApp({ kind: "run-end", runId, result: emptyResult("interrupted", 0) });
      return;
    }
    if (this.active?.runId === runId) this.active.stop("the cell did not stop when asked");
  }

  private hardRestart(run: ActiveRun, reason: string): void {
    if (this.active !== run) return;
    this.endActive("interrupted", `The kernel was restarted because ${reason}. Variables and functions from earlier cells are gone: run those cells again.`);
    this.dropQueue();
    this.start();
  }

  private endActive(status: RunResult["status"], notice: string | null): void {
    const run = this.active;
    if (!run) return;
    const durationMs = run.finish();
    this.active = null;
    const outputs: Output[] = notice ? [{ type: "notice", level: "warning", text: notice }] : [];
    if (outputs.length > 0) this.toApp({ kind: "output", runId: run.runId, outputs });
    this.toApp({ kind: "run-end", runId: run.runId, result: emptyResult(status, durationMs) });
  }

  /** Queued cells would run against a blank kernel: drop them, as Jupyter does on restart. */
  private dropQueue(): void {
    for (const request of this.queue.splice(0)) {
      this.toApp({ kind: "run-end", runId: request.runId, result: emptyResult("interrupted", 0) });
    }
  }

  private onCrash(message: string): void {
    this.endActive("error", `The kernel crashed: ${message}`);
    this.dropQueue();
    this.process?.terminate();
    this.process = null;
    for (const [msgId] of this.pendingReplies) this.settleReply(msgId, false, message);
    this.setState("dead");
  }

  private settleReply(msgId: string, ok: boolean, error?: string): void {
    const settle = this.pendingReplies.get(msgId);
    this.pendingReplies.delete(msgId);
    settle?.(ok, error);
  }

  private setState(state: KernelState): void {
    this.state = state;
    this.toApp({ kind: "status", state, info: this.info });
  }
}

function pick(request: RunRequest) {
  return { runId: request.runId, cellId: request.cellId, source: request.source, timeLimitMs: request.timeLimitMs };
}

function emptyResult(status: RunResult["status"], durationMs: number): RunResult {
  return { status, durationMs, tensorDelta: 0, numTensors: 0 };
}
