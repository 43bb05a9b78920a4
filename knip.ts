import type { KnipConfig } from "knip";

/**
 * Unused files, exports and dependencies (docs/decisions/009-house-rules.md). The Next, Vitest,
 * Playwright, ESLint and Prisma plugins find their own entry points; the rest are below.
 */
const config: KnipConfig = {
  entry: [
    // Command-line tools, run by npm scripts, by each other (child processes) or by hand.
    "scripts/*.ts",
    "bench/*.ts",
    // Bundled by scripts/build-kernel.ts with esbuild: the kernel worker (and its WebGPU add-on), its sandbox page, the
    // scripted harness page (browser lesson check, fidelity test), the bare-worker benchmark.
    "lib/kernel/worker/index.ts",
    "lib/kernel/worker/compiler.ts",
    "lib/kernel/worker/webgpu.ts",
    "lib/kernel/sandbox/index.ts",
    "lib/kernel/harness/page.ts",
    "bench/kernel-bare/{page,worker}.ts",
    // Named by path in scripts/lib/postgres-schema.ts.
    "prisma/postgresql.config.ts",
    // scripts/test-postgres.ts runs these (the config refuses to load without MULTI_DATABASE_URL,
    // so knip's Playwright plugin cannot read it).
    "playwright.multi.config.ts",
    "tests/multi-instance/*.spec.ts",
    // Run as a child process by tests/e2e/kernel/fidelity.spec.ts.
    "tests/fidelity/reference.ts",
  ],
  ignoreDependencies: [
    // The generated clients (generated/, not analysed) import its runtime.
    "@prisma/client",
    // Loaded with createRequire (bench/scale.ts, scripts/build-datasets.ts), which knip cannot follow.
    "autocannon",
    "mnist",
  ],
  ignoreIssues: {
    // register("data:text/javascript,…") reads to knip as a package named "data".
    "scripts/lib/server-only-outside-next.ts": ["unlisted"],
  },
};

export default config;
