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
    // Bundled by scripts/build-kernel.ts with esbuild: the kernel worker, its sandbox page, the bare-worker benchmark.
    "lib/kernel/worker/index.ts",
    "lib/kernel/sandbox/index.ts",
    "bench/kernel-bare/{page,worker}.ts",
    // Named by path in scripts/lib/postgres-schema.ts.
    "prisma/postgresql.config.ts",
    // scripts/test-postgres.ts runs these (the config refuses to load without MULTI_DATABASE_URL,
    // so knip's Playwright plugin cannot read it).
    "playwright.multi.config.ts",
    "tests/multi-instance/*.spec.ts",
  ],
  ignoreDependencies: [
    // The generated clients (generated/, not analysed) import its runtime.
    "@prisma/client",
    // Loaded with createRequire (bench/scale.ts, scripts/build-datasets.ts), which knip cannot follow.
    "autocannon",
    "mnist",
  ],
  // Findings in the notebook kernel and cell UI, which are being reworked in parallel; that work
  // removes them and these entries (the symbols are listed in docs/decisions/009-house-rules.md).
  ignoreIssues: {
    "components/notebook/outputs/chart-config.ts": ["exports"],
    "components/notebook/{cell-store,controller}.ts": ["types"],
    "lib/kernel/core/index.ts": ["exports", "types"],
    "lib/kernel/core/display.ts": ["types"],
    "lib/kernel/core/{console,datasets,digits-format,kernel-core,memory,run-outputs,serialise,stack,tensor-format,timers}.ts": ["exports"],
    "lib/kernel/protocol.ts": ["exports"],
    "lib/kernel/worker/backend.ts": ["exports"],
    // register("data:text/javascript,…") reads to knip as a package named "data".
    "scripts/lessons-check.ts": ["unlisted"],
  },
};

export default config;
