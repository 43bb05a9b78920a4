/**
 * The sandbox page's HTML and Content-Security-Policy, built from the app's origin (served by
 * app/kernel/sandbox/route.ts). The policy, inherited by the blob worker that runs cells, allows
 * scripts and network requests only to the app's /kernel/ assets: no API, no other host.
 */

/** Only plain scheme://host[:port] origins go into the policy (the Host header is client input). */
const SAFE_ORIGIN = /^https?:\/\/([a-z0-9.-]+|\[[0-9a-f:]+\])(:\d{1,5})?$/i;

export function isSafeOrigin(origin: string): boolean {
  return SAFE_ORIGIN.test(origin);
}

export function sandboxPolicy(origin: string): string {
  const kernel = `${origin}/kernel/`;
  return [
    "default-src 'none'",
    // Cells are compiled with the Function constructor and tfjs compiles WebAssembly.
    `script-src ${kernel} blob: 'unsafe-eval' 'wasm-unsafe-eval'`,
    "worker-src blob:",
    `connect-src ${kernel}`,
    `frame-ancestors ${origin}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

export function sandboxHtml(origin: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Notebook kernel</title></head>
<body><script src="${origin}/kernel/sandbox.js"></script></body>
</html>
`;
}
