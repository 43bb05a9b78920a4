/**
 * Early kernel start. The root layout inlines `kernelBootScript()` at the top of <body>: on a
 * notebook page the sandbox iframe, and the download of TensorFlow.js in its worker, start while the
 * page is still parsing instead of after React has hydrated. The sandbox's first messages are
 * buffered until KernelClient.connect() adopts the iframe. Client-side navigations have no early
 * start: connect() runs the same bootSandbox() itself.
 */

export interface BootedSandbox {
  iframe: HTMLIFrameElement;
  channel: string;
  /** Messages from the sandbox that arrived before the client listened. */
  buffered: MessageEvent[];
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
  document.body.appendChild(iframe);
  scope[global] = { iframe, channel, buffered, stop: () => window.removeEventListener("message", listen) };
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
    delete scope[GLOBAL];
    bootSandbox(sandboxUrl, GLOBAL);
  }
  const boot = scope[GLOBAL]!;
  delete scope[GLOBAL];
  boot.stop();
  return boot;
}
