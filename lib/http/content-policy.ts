/**
 * The Content-Security-Policy of the app's pages (proxy.ts sets it per request). Scripts run only
 * with this request's nonce, or when loaded by a script that has it ('strict-dynamic': Next's
 * chunks, Monaco's loader); no inline event handlers, no eval in the app's own origin. Learner code
 * never runs here: it runs in the opaque-origin sandbox (/kernel/sandbox), which has its own,
 * stricter policy (lib/kernel/sandbox/policy.ts) and is the only frame this page embeds.
 */
export function pagePolicy(nonce: string, options: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    // React's dev build evaluates code for its stack traces; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    // React style props, KaTeX and Monaco write inline styles; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh nonce: 16 random bytes, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** The request header that carries the nonce to server components (app/layout.tsx). */
export const NONCE_HEADER = "x-nonce";
