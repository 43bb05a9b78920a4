/**
 * `npm run bench:server` (second part): progress writes and lesson page reads under load on SQLite
 * (one instance) and PostgreSQL (one instance, then two instances sharing the database), side by side.
 * Every instance is `next start` of the same production build (.next-bench) on its own port; the load
 * comes from child processes on loopback (autocannon, closed loop), one per instance, bounded in time.
 * PostgreSQL: TEST_POSTGRES_URL (default: the local server .ci/run sets up); its database is dropped after.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import type { ChildProcess } from "node:child_process";
import { migrate } from "../scripts/lib/migrate";
import { databaseOn, dropDatabase, recreateDatabase, testPostgresServer } from "../scripts/lib/postgres-admin";
import { bin, run } from "../scripts/lib/run";
import { buildIfStale, captureChild, machineLine, signIn, startServer, stopServer, writeSection } from "./lib/server-process";

const DIST = ".next-bench";
const SECONDS = Math.min(30, Number(process.env.BENCH_SECONDS ?? 8));
const CONNECTIONS = 10;
const PG_DATABASE = databaseOn(testPostgresServer(), `nb_bench_${process.pid}`);
const SCENARIOS = [
  { label: "SQLite, 1 instance", url: "file:./data/bench-scale.db", instances: 1 },
  { label: "PostgreSQL, 1 instance", url: PG_DATABASE, instances: 1 },
  { label: "PostgreSQL, 2 instances", url: PG_DATABASE, instances: 2 },
];
const WORKLOADS = [
  { label: "progress writes (POST /api/progress, 10 events)", path: "/api/progress", write: true },
  { label: "lesson page reads (GET /lessons/tensors, signed in)", path: "/lessons/tensors", write: false },
];

interface Load { url: string; cookie: string; write: boolean; connections: number; seconds: number }
interface LoadResult { rps: number; p50: number; p99: number; errors: number }

const requireCjs = createRequire(import.meta.url);
const envFor = (databaseUrl: string, port = 3402): NodeJS.ProcessEnv => ({
  // DEMO_ACCOUNTS: the benchmark signs in as the demo learner, which production does not otherwise seed.
  // PROGRESS_WRITES_PER_MINUTE: one learner's session carries the whole load, past the per-learner limit.
  ...process.env, NODE_ENV: "production", DEMO_ACCOUNTS: "1", PROGRESS_WRITES_PER_MINUTE: "100000000", NEXT_DIST_DIR: DIST, DATABASE_URL: databaseUrl,
  NEXTAUTH_URL: `http://127.0.0.1:${port}`, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret-".padEnd(40, "x"),
});

async function freshDatabase(url: string) {
  if (url.startsWith("file:")) for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(`${url.slice(5)}${suffix}`, { force: true });
  else await recreateDatabase(url);
  const env = envFor(url);
  await migrate(env);
  await run(bin("tsx"), ["--conditions=react-server", "prisma/seed.ts"], env);
}

async function measure(bases: string[], cookie: string, write: boolean): Promise<LoadResult> {
  const per = Math.max(1, Math.floor(CONNECTIONS / bases.length));
  const runs = bases.map((base) => {
    const load: Load = { url: `${base}${write ? "/api/progress" : "/lessons/tensors"}`, cookie, write, connections: per, seconds: SECONDS };
    return captureChild([bin("tsx"), "bench/scale.ts", "--load", JSON.stringify(load)], process.env).then((out) => JSON.parse(out.trim().split("\n").pop()!) as LoadResult);
  });
  const results = await Promise.all(runs);
  return {
    rps: results.reduce((a, r) => a + r.rps, 0),
    p50: Math.max(...results.map((r) => r.p50)),
    p99: Math.max(...results.map((r) => r.p99)),
    errors: results.reduce((a, r) => a + r.errors, 0),
  };
}

async function main() {
  await buildIfStale(envFor(SCENARIOS[0]!.url));
  const rows: string[] = [];
  for (const scenario of SCENARIOS) {
    await freshDatabase(scenario.url);
    const ports = Array.from({ length: scenario.instances }, (_, i) => 3402 + i);
    const servers: ChildProcess[] = [];
    try {
      for (const port of ports) servers.push(await startServer(port, envFor(scenario.url, port)));
      const bases = ports.map((p) => `http://127.0.0.1:${p}`);
      const cookie = await signIn(bases[0]!);
      for (const workload of WORKLOADS) {
        await measure(bases, cookie, workload.write); // warm-up, not recorded
        const r = await measure(bases, cookie, workload.write);
        rows.push(`| ${scenario.label} | ${workload.label} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} |`);
      }
    } finally {
      for (const server of servers) await stopServer(server);
      if (!scenario.url.startsWith("file:")) await dropDatabase(scenario.url);
    }
  }
  const body = [
    "## Scaling: SQLite vs PostgreSQL, one vs two instances",
    "",
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:server\` (bench/scale.ts) on ${machineLine()}.`,
    `Production build, \`next start\` per instance; autocannon closed loop, ${CONNECTIONS} connections in all (split across instances), ${SECONDS} s per row after a warm-up run. PostgreSQL 15 on the same machine.`,
    "",
    "| database | workload | requests/s | p50 ms (worst instance) | p99 ms (worst instance) | errors |",
    "|---|---|---|---|---|---|",
    ...rows,
  ].join("\n");
  writeSection("scale", body);
  console.log(body);
}

async function loadChild(load: Load) {
  const autocannon = requireCjs("autocannon") as (opts: object) => Promise<{ requests: { average: number }; latency: { p50: number; p99: number }; non2xx: number; errors: number }>;
  // The progress route answers only same-origin requests (a browser sends Origin itself; a load generator must).
  const headers = { "content-type": "application/json", cookie: load.cookie, origin: new URL(load.url).origin };
  const batch = () => JSON.stringify({
    events: Array.from({ length: 10 }, (_, i) => ({ id: randomBytes(12).toString("hex"), lessonId: "tensors", at: Date.now(), type: "cell-run", cellId: `cell-${i + 1}`, ok: true })),
  });
  const result = await autocannon({
    url: load.url, connections: load.connections, duration: load.seconds,
    requests: [load.write ? { method: "POST", headers, setupRequest: (req: object) => ({ ...req, body: batch() }) } : { method: "GET", headers }],
  });
  const summary: LoadResult = { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.non2xx + result.errors };
  console.log(JSON.stringify(summary));
}

if (process.argv[2] === "--load") await loadChild(JSON.parse(process.argv[3]!) as Load);
else await main();
