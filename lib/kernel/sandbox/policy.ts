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

/** A script's CSP hash source, `'sha256-…'`. Works in Node and browsers alike (Web Crypto). */
async function scriptHash(script: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(script));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}

function sandboxPolicy(origin: string, inlineScriptHash?: string): string {
  const kernel = `${origin}/kernel/`;
  const inline = inlineScriptHash ? ` ${inlineScriptHash}` : "";
  return [
    "default-src 'none'",
    // Cells are compiled with the Function constructor and tfjs compiles WebAssembly. The hash
    // admits the page's own inline script and nothing else inline.
    `script-src ${kernel}${inline} blob: 'unsafe-eval' 'wasm-unsafe-eval'`,
    "worker-src blob:",
    // blob: is the kernel files the app handed over (the WASM binary is fetched from one).
    `connect-src ${kernel} blob:`,
    `frame-ancestors ${origin}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** Whether a script's text can sit inside <script>…</script> unchanged. */
function inlinable(script: string): boolean {
  return !/<\/script|<!--/i.test(script);
}

function pageHtml(script: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Notebook kernel</title></head>
<body>${script}</body>
</html>
`;
}

/**
 * The sandbox page and its policy. Given the sandbox script's text, the page inlines it (no second
 * request before the worker can start) and the policy admits it by hash; otherwise the page loads
 * /kernel/sandbox.js by absolute URL.
 */
export async function sandboxPage(origin: string, script?: string): Promise<{ html: string; policy: string }> {
  if (script !== undefined && inlinable(script)) {
    return { html: pageHtml(`<script>${script}</script>`), policy: sandboxPolicy(origin, await scriptHash(script)) };
  }
  return { html: pageHtml(`<script src="${origin}/kernel/sandbox.js"></script>`), policy: sandboxPolicy(origin) };
}
