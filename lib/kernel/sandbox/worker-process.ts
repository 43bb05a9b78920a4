/**
 * One kernel worker: a classic worker started from a blob URL that importScripts the kernel
 * bundle by absolute URL. (From an opaque origin a module worker cannot load the app's script;
 * classic importScripts needs no CORS.) It talks back over a private MessageChannel.
 */
import { WorkerToSandboxSchema, type WorkerInit, type WorkerToSandbox, type SandboxToWorker } from "../protocol";

export interface WorkerCallbacks {
  onMessage(message: WorkerToSandbox): void;
  onCrash(message: string): void;
}

export class WorkerProcess {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly blobUrl: string;
  private alive = true;

  constructor(assetBase: string, stopFlag: Int32Array | null, callbacks: WorkerCallbacks) {
    const kernelUrl = new URL("kernel.js", assetBase).href;
    this.blobUrl = URL.createObjectURL(
      new Blob([`importScripts(${JSON.stringify(kernelUrl)});`], { type: "text/javascript" }),
    );
    this.worker = new Worker(this.blobUrl);
    // Anything the worker posts on its global channel is a cell talking, not the kernel.
    this.worker.onmessage = null;
    this.worker.onerror = (event) => {
      event.preventDefault();
      if (this.alive) callbacks.onCrash(event.message || "The kernel worker failed to load.");
    };
    const channel = new MessageChannel();
    this.port = channel.port1;
    this.port.onmessage = (event: MessageEvent) => {
      if (!this.alive) return;
      const parsed = WorkerToSandboxSchema.safeParse(event.data);
      if (parsed.success) callbacks.onMessage(parsed.data);
    };
    const init: WorkerInit = { kind: "init", port: channel.port2, stopFlag, assetBase };
    this.worker.postMessage(init, [channel.port2]);
  }

  send(message: SandboxToWorker): void {
    if (this.alive) this.port.postMessage(message);
  }

  terminate(): void {
    this.alive = false;
    this.worker.terminate();
    this.port.close();
    URL.revokeObjectURL(this.blobUrl);
  }
}
