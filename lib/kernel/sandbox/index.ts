/**
 * Script of the sandbox page (public/kernel/sandbox.js). The page lives in an
 * `<iframe sandbox="allow-scripts">` without allow-same-origin: its origin is opaque, so cells
 * see no cookies, no app storage and no parent DOM. It relays between the app and the worker.
 */
import { AppToSandboxSchema, type SandboxToApp } from "../protocol";
import { KernelHost, type AppMessage } from "./kernel-host";

const channel = new URLSearchParams(location.hash.slice(1)).get("channel");
// location.href is still the real URL of this page: the app that serves it is its parent.
const appOrigin = new URL(location.href).origin;
const assetBase = new URL("/kernel/", location.href).href;

if (channel && window.parent !== window) {
  const toApp = (message: AppMessage) => {
    window.parent.postMessage({ ...message, channel } as SandboxToApp, appOrigin);
  };
  const host = KernelHost.forAssets(assetBase, toApp);

  window.addEventListener("message", (event: MessageEvent) => {
    if (event.source !== window.parent) return;
    const parsed = AppToSandboxSchema.safeParse(event.data);
    if (!parsed.success || parsed.data.channel !== channel) return;
    host.handle(parsed.data);
  });
  host.start();
}
