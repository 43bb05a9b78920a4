/** @type {import('next').NextConfig} */

// Cross-origin isolation lets the kernel share a stop flag (SharedArrayBuffer) with its worker,
// so Stop can end a busy loop without losing the kernel's state. See docs/decisions/.
const isolationHeaders = [
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Embedder-Policy", value: "require-corp" },
];

// Pages also get a per-request Content-Security-Policy, X-Frame-Options and HSTS from proxy.ts.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), browsing-topics=()" },
];

// Files the opaque-origin sandbox loads (kernel bundle, WASM, datasets) must be readable cross-origin.
const kernelAssetHeaders = [
  { key: "Access-Control-Allow-Origin", value: "*" },
  { key: "Cross-Origin-Resource-Policy", value: "cross-origin" },
];

const nextConfig = {
  // Lets parallel builds (tests, benchmarks, a second developer) use separate output folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  // Browser tests and benchmarks drive the dev server on 127.0.0.1 as well as localhost.
  allowedDevOrigins: ["127.0.0.1"],
  serverExternalPackages: ["@node-rs/argon2", "better-sqlite3", "@prisma/adapter-better-sqlite3", "esbuild", "mdx-bundler"],
  async headers() {
    return [
      { source: "/:path*", headers: [...isolationHeaders, ...securityHeaders] },
      { source: "/kernel/:path*", headers: kernelAssetHeaders },
    ];
  },
};

export default nextConfig;
