/**
 * The app-side kernel client, framework-free. It creates the hidden sandbox iframe (opaque
 * origin), checks the source, origin and channel of every message, validates it with zod and
 * queues runs one at a time. React binds to it in components/notebook.
 */
import type { Output, RunResult } from "../outputs";
import {
  DEFAULT_TIME_LIMIT_MS,
  SandboxToAppSchema,
  randomId,
  type AppToSandbox,
  type BackendInfo,
  type BackendName,
  type KernelState,
  type SandboxToApp,
} from "../protocol";
import { fetchKernelAsset } from "./assets";
import { takeSandbox } from "./boot";
import { RunQueue, type RunHandlers } from "./run-queue";

export interface KernelStatus {
  state: KernelState | "connecting";
  info: BackendInfo | null;
}

export interface RunOptions {
  cellId: string;
  source: string;
  timeLimitMs?: number;
}

export interface RunHandle {
  runId: string;
  done: Promise<RunResult>;
}

type Distribute<T> = T extends unknown ? Omit<T, "channel"> : never;
type Outgoing = Distribute<AppToSandbox>;

export class KernelClient {
  /** Set by connect(): the sandbox's channel id (random, unguessable). */
  private channel = "";
  private iframe: HTMLIFrameElement | null = null;
  private readonly queue = new RunQueue(
    (runId, request) => this.post({ kind: "run", runId, ...request }),
    () => this.connected,
  );
  private readonly replies = new Map<string, (reply: { ok: boolean; error?: string }) => void>();
  private readonly listeners = new Set<(status: KernelStatus) => void>();
  private connected = false;
  private current: KernelStatus = { state: "connecting", info: null };

  private connectTimer: ReturnType<typeof setTimeout> | null = null;
  /** The bundle the boot script started downloading, for the sandbox's first request. */
  private kernelScript: Promise<ArrayBuffer | null> | null = null;

  /** Touches no DOM: the sandbox starts on connect() (or on the first run). */
  constructor(
    private readonly sandboxUrl = "/kernel/sandbox",
    /** A sandbox that has not said hello by then is reported dead (Restart tries again). */
    private readonly connectTimeoutMs = 30_000,
  ) {}

  /** Creates the hidden sandbox iframe, or adopts the one the page's boot script started; idempotent. */
  connect(): void {
    if (this.iframe) return;
    const sandbox = takeSandbox(this.sandboxUrl);
    this.channel = sandbox.channel;
    this.iframe = sandbox.iframe;
    this.kernelScript = sandbox.kernelScript;
    window.addEventListener("message", this.onMessage);
    for (const event of sandbox.buffered) this.onMessage(event);
    this.connectTimer = setTimeout(() => {
      if (!this.connected) this.setStatus({ state: "dead", info: null });
    }, this.connectTimeoutMs);
  }

  get status(): KernelStatus {
    return this.current;
  }

  onStatus(listener: (status: KernelStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  run(options: RunOptions, handlers: RunHandlers = {}): RunHandle {
    this.connect();
    const runId = randomId();
    const request = { cellId: options.cellId, source: options.source, timeLimitMs: options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS };
    return { runId, done: this.queue.enqueue(runId, request, handlers) };
  }

  /** Stops the running cell (state is kept when it stops in time) and drops queued runs. */
  interrupt(): void {
    this.queue.cancelWaiting();
    const active = this.queue.activeRunId;
    if (active) this.post({ kind: "interrupt", runId: active });
  }

  /** Removes one queued run, or stops it when it is the one running. */
  cancel(runId: string): void {
    if (!this.queue.cancel(runId) && this.queue.activeRunId === runId) this.post({ kind: "interrupt", runId });
  }

  async restart(): Promise<void> {
    if (!this.connected) {
      // The sandbox never answered: a fresh iframe is the only restart there is.
      this.dispose();
      this.connect();
      return;
    }
    this.queue.reset();
    await this.request({ kind: "restart", msgId: randomId() });
  }

  async setBackend(backend: BackendName): Promise<void> {
    await this.request({ kind: "set-backend", msgId: randomId(), backend });
  }

  /** Removes the sandbox (and its worker); connect() starts a fresh one. */
  dispose(): void {
    window.removeEventListener("message", this.onMessage);
    if (this.connectTimer !== null) clearTimeout(this.connectTimer);
    this.queue.reset();
    this.iframe?.remove();
    this.iframe = null;
    this.connected = false;
    for (const settle of this.replies.values()) settle({ ok: false, error: "The kernel was shut down." });
    this.replies.clear();
    this.setStatus({ state: "connecting", info: null });
  }

  private setStatus(status: KernelStatus): void {
    this.current = status;
    for (const listener of this.listeners) listener(status);
  }

  private request(message: Extract<Outgoing, { msgId: string }>): Promise<void> {
    return new Promise((resolve, reject) => {
      this.replies.set(message.msgId, (reply) => (reply.ok ? resolve() : reject(new Error(reply.error ?? "The kernel refused."))));
      this.post(message);
    });
  }

  private post(message: Outgoing, transfer: Transferable[] = []): void {
    // The sandbox's origin is opaque ("null"), so "*" is the only target that reaches it;
    // the channel id and the sandbox's own source check keep others out.
    this.iframe?.contentWindow?.postMessage({ ...message, channel: this.channel }, "*", transfer);
  }

  /** A kernel file the sandbox asked for (lib/kernel/client/assets.ts); on failure it loads it itself. */
  private async sendAsset(requestId: string, name: string): Promise<void> {
    const early = name === "kernel.js" ? this.kernelScript : null;
    if (early) this.kernelScript = null;
    try {
      const bytes = (await early) ?? (await fetchKernelAsset(name, new URL("./", new URL(this.sandboxUrl, location.href))));
      this.post({ kind: "asset", requestId, bytes }, [bytes]);
    } catch (error) {
      this.post({ kind: "asset", requestId, error: (error instanceof Error ? error.message : String(error)).slice(0, 500) });
    }
  }

  private readonly onMessage = (event: MessageEvent): void => {
    if (!this.iframe || event.source !== this.iframe.contentWindow || event.origin !== "null") return;
    const parsed = SandboxToAppSchema.safeParse(event.data);
    if (!parsed.success || parsed.data.channel !== this.channel) return;
    this.dispatch(parsed.data);
  };

  private dispatch(message: SandboxToApp): void {
    switch (message.kind) {
      case "status":
        this.connected = true;
        this.setStatus({ state: message.state, info: message.info });
        this.queue.pump();
        return;
      case "run-start":
        return this.queue.started(message.runId);
      case "output":
        return this.queue.output(message.runId, message.outputs as Output[]);
      case "run-end":
        if (this.queue.ended(message.runId, message.result)) this.queue.pump();
        return;
      case "reply": {
        const settle = this.replies.get(message.msgId);
        this.replies.delete(message.msgId);
        settle?.({ ok: message.ok, error: message.error });
        return;
      }
      case "asset-request":
        return void this.sendAsset(message.requestId, message.name);
    }
  }
}
