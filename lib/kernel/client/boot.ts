/**
 * Early kernel start. The root layout inlines `kernelBootScript()` in <head> as an async module
 * script: on a notebook page the sandbox iframe, and the download of TensorFlow.js in its worker,
 * start while the page is still parsing instead of after React has hydrated. Unlike a classic
 * inline script, an async module does not wait for the stylesheets before it (Next puts its CSS
 * links first in <head>); it attaches the iframe as soon as the parser has made <body>. The sandbox is an out-of-process frame, so every
 * millisecond earlier also starts its renderer process sooner. The sandbox's first messages are
 * buffered until KernelClient.connect() adopts the iframe, except its requests for kernel files
 * (the bundle, the WASM binary), which the boot script answers itself: the worker then loads
 * TensorFlow.js while React is still hydrating instead of after. Client-side navigations have no
 * early start: connect() runs the same bootSandbox() itself.
 */
import { KERNEL_ASSET } from "../protocol";

export interface BootedSandbox {
  iframe: HTMLIFrameElement;
  channel: string;
  /** Messages from the sandbox that arrived before the client listened. */
  buffered: MessageEvent[];
  /** The kernel bundle's bytes, fetched (through the HTTP cache) while the sandbox starts; null on failure or once handed over. */
  kernelScript: Promise<ArrayBuffer | null>;
  stop(): void;
}

const GLOBAL = "__dlnKernelBoot";
/** Pages whose HTML should start the kernel early. */
const NOTEBOOK_PATHS = "^/(lessons/|playground)";

/**
 * Creates the hidden sandbox iframe (allow-scripts without allow-same-origin: an opaque origin) with
 * a fresh channel id, and buffers its messages. Self-contained on purpose, referring to nothing but
 * browser globals: its source text is what the page inlines.
 */
function bootSandbox(sandboxUrl: string, global: string, assetPattern: string): void {
  const scope = window as unknown as Record<string, unknown>;
  if (scope[global]) return;
  const assetBase = new URL("./", new URL(sandboxUrl, location.href));
  // High priority: the page's own scripts are fetched alongside, and the worker can start only once these arrive.
  const load = (name: string): Promise<ArrayBuffer | null> =>
    fetch(new URL(name, assetBase), { priority: "high" } as RequestInit).then(
      (response) => (response.ok ? response.arrayBuffer() : null),
      () => null,
    );
  // The sandbox will ask for the kernel bundle first: start the download now, beside its start-up.
  const kernelScript = load("kernel.js");
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  const channel = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  const iframe = document.createElement("iframe");
  iframe.setAttribute("sandbox", "allow-scripts");
  iframe.setAttribute("allow", "cross-origin-isolated");
  iframe.setAttribute("aria-hidden", "true");
  iframe.tabIndex = -1;
  iframe.title = "Notebook kernel";
  // Not display:none, so the browser does not throttle the sandbox's stop timers.
  iframe.style.cssText = "position:fixed;width:1px;height:1px;left:-10px;top:-10px;border:0;opacity:0;pointer-events:none";
  iframe.src = sandboxUrl + "#channel=" + channel;
  const buffered: MessageEvent[] = [];
  const isAsset = new RegExp(assetPattern, "i");
  // Kernel files the sandbox asks for before the app listens: answered here, as KernelClient would
  // (same names only; on null the sandbox loads the file itself). The early bundle is handed over once.
  const answer = (requestId: string, name: string) => {
    let bytes: Promise<ArrayBuffer | null>;
    if (name === "kernel.js" && state.kernelScript !== handedOver) {
      bytes = state.kernelScript;
      state.kernelScript = handedOver;
    } else bytes = load(name);
    void bytes.then((data) => {
      const reply = data ? { kind: "asset", channel, requestId, bytes: data } : { kind: "asset", channel, requestId, error: `Could not load ${name}.` };
      iframe.contentWindow?.postMessage(reply, "*", data ? [data] : []);
    });
  };
  const listen = (event: MessageEvent) => {
    if (event.source !== iframe.contentWindow || event.origin !== "null") return;
    const data = event.data as { kind?: unknown; channel?: unknown; requestId?: unknown; name?: unknown } | null;
    if (data && data.kind === "asset-request" && data.channel === channel && typeof data.requestId === "string" && typeof data.name === "string" && isAsset.test(data.name)) {
      answer(data.requestId, data.name);
      return;
    }
    buffered.push(event);
  };
  window.addEventListener("message", listen);
  let observer: MutationObserver | null = null;
  const stop = () => {
    window.removeEventListener("message", listen);
    observer?.disconnect();
  };
  const handedOver: Promise<ArrayBuffer | null> = Promise.resolve(null);
  const state = { iframe, channel, buffered, kernelScript, stop };
  scope[global] = state;
  if (document.body) {
    document.body.appendChild(iframe);
    return;
  }
  // Still in <head>: a mutation observer is not a parser script, so no stylesheet holds it back.
  observer = new MutationObserver(() => {
    if (!document.body) return;
    observer?.disconnect();
    document.body.appendChild(iframe);
  });
  observer.observe(document.documentElement, { childList: true });
}

/** The inline script of the root layout: boots the sandbox on notebook pages only. */
export function kernelBootScript(sandboxUrl = "/kernel/sandbox"): string {
  const args = [sandboxUrl, GLOBAL, KERNEL_ASSET.source].map((value) => JSON.stringify(value)).join(",");
  return `if(new RegExp(${JSON.stringify(NOTEBOOK_PATHS)}).test(location.pathname))(${bootSandbox.toString()})(${args});`;
}

/** The sandbox the page booted, taken once; otherwise one started now. */
export function takeSandbox(sandboxUrl: string): BootedSandbox {
  const scope = window as unknown as Record<string, BootedSandbox | undefined>;
  if (!scope[GLOBAL]?.iframe.isConnected) {
    // Gone (a client-side navigation removed it) or never attached: start afresh.
    scope[GLOBAL]?.stop();
    delete scope[GLOBAL];
    bootSandbox(sandboxUrl, GLOBAL, KERNEL_ASSET.source);
  }
  const boot = scope[GLOBAL]!;
  delete scope[GLOBAL];
  boot.stop();
  return boot;
}
