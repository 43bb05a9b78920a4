/**
 * One kernel worker: a classic worker started from a blob URL. The blob is the kernel bundle
 * itself when the app handed its bytes over (from the app's HTTP cache), otherwise a one-line
 * script that importScripts the bundle by absolute URL. (From an opaque origin a module worker
 * cannot load the app's script; classic importScripts needs no CORS.) It talks back over a private
 * MessageChannel; messages sent before the worker exists wait in the port.
 */
import { WorkerToSandboxSchema, type WorkerInit, type WorkerToSandbox, type SandboxToWorker } from "../protocol";

export interface WorkerCallbacks {
  onMessage(message: WorkerToSandbox): void;
  onCrash(message: string): void;
}

/** A script URL that loads the kernel bundle from the network (when its bytes are not to hand). */
export function importerUrl(assetBase: string): string {
  const kernelUrl = new URL("kernel.js", assetBase).href;
  return URL.createObjectURL(new Blob([`importScripts(${JSON.stringify(kernelUrl)});`], { type: "text/javascript" }));
}

export class WorkerProcess {
  private worker: Worker | null = null;
  private readonly port: MessagePort;
  private alive = true;

  constructor(scriptUrl: Promise<string>, assetBase: string, stopFlag: Int32Array | null, callbacks: WorkerCallbacks) {
    const channel = new MessageChannel();
    this.port = channel.port1;
    this.port.onmessage = (event: MessageEvent) => {
      if (!this.alive) return;
      const parsed = WorkerToSandboxSchema.safeParse(event.data);
      if (parsed.success) callbacks.onMessage(parsed.data);
    };
    const init: WorkerInit = { kind: "init", port: channel.port2, stopFlag, assetBase };
    void scriptUrl.then(
      (url) => {
        if (!this.alive) return;
        this.worker = new Worker(url);
        // Anything the worker posts on its global channel is a cell talking, not the kernel.
        this.worker.onmessage = null;
        this.worker.onerror = (event) => {
          event.preventDefault();
          if (this.alive) callbacks.onCrash(event.message || "The kernel worker failed to load.");
        };
        this.worker.postMessage(init, [channel.port2]);
      },
      (error: unknown) => {
        if (this.alive) callbacks.onCrash(`The kernel could not be loaded: ${String(error)}`);
      },
    );
  }

  send(message: SandboxToWorker, transfer: Transferable[] = []): void {
    if (this.alive) this.port.postMessage(message, transfer);
  }

  terminate(): void {
    this.alive = false;
    this.worker?.terminate();
    this.port.close();
  }
}
