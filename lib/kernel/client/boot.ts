/**
 * Early kernel start. The root layout inlines `kernelBootScript()` in <head> as an async module
 * script: on a notebook page the sandbox iframe, and the download of TensorFlow.js in its worker,
 * start while the page is still parsing instead of after React has hydrated. Unlike a classic
 * inline script, an async module does not wait for the stylesheets before it (Next puts its CSS
 * links first in <head>); it attaches the iframe as soon as the parser has made <body>. The sandbox is an out-of-process frame, so every
 * millisecond earlier also starts its renderer process sooner. The sandbox's first messages are
 * buffered until KernelClient.connect() adopts the iframe. Client-side navigations have no early
 * start: connect() runs the same bootSandbox() itself.
 */

export interface BootedSandbox {
  iframe: HTMLIFrameElement;
  channel: string;
  /** Messages from the sandbox that arrived before the client listened. */
  buffered: MessageEvent[];
  /** The kernel bundle's bytes, fetched (through the HTTP cache) while the sandbox starts; null on failure. */
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
function bootSandbox(sandboxUrl: string, global: string): void {
  const scope = window as unknown as Record<string, unknown>;
  if (scope[global]) return;
  // The sandbox will ask for the kernel bundle first: start the download now, beside its start-up.
  const kernelScript = fetch(new URL("kernel.js", new URL(sandboxUrl, location.href))).then(
    (response) => (response.ok ? response.arrayBuffer() : null),
    () => null,
  );
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
  const listen = (event: MessageEvent) => {
    if (event.source === iframe.contentWindow && event.origin === "null") buffered.push(event);
  };
  window.addEventListener("message", listen);
  let observer: MutationObserver | null = null;
  const stop = () => {
    window.removeEventListener("message", listen);
    observer?.disconnect();
  };
  scope[global] = { iframe, channel, buffered, kernelScript, stop };
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
  const args = [sandboxUrl, GLOBAL].map((value) => JSON.stringify(value)).join(",");
  return `if(new RegExp(${JSON.stringify(NOTEBOOK_PATHS)}).test(location.pathname))(${bootSandbox.toString()})(${args});`;
}

/** The sandbox the page booted, taken once; otherwise one started now. */
export function takeSandbox(sandboxUrl: string): BootedSandbox {
  const scope = window as unknown as Record<string, BootedSandbox | undefined>;
  if (!scope[GLOBAL]?.iframe.isConnected) {
    // Gone (a client-side navigation removed it) or never attached: start afresh.
    scope[GLOBAL]?.stop();
    delete scope[GLOBAL];
    bootSandbox(sandboxUrl, GLOBAL);
  }
  const boot = scope[GLOBAL]!;
  delete scope[GLOBAL];
  boot.stop();
  return boot;
}
