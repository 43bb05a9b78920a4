/**
 * `npm run bench:server`: the progress write endpoint under load, and the instructor overview's
 * data function on a large cohort. Runs the production build on its own folder, database and port
 * (.next-bench, data/bench.db, 3401) so it never touches a developer's server or data.
 *
 *   1. build .next-bench when sources changed; fresh bench database (migrate + seed) per scenario
 *   2. start `next start`, sign in the demo learner through next-auth
 *   3. autocannon (a second process, loopback): POST /api/progress, bounded in time
 *   4. a noisy neighbour: with the real per-learner write limit, one learner floods the endpoint
 *      while another writes at a normal pace; the second's latency against its own, alone
 *   5. a child process times loadCohortOverview for 500 learners × 20 lessons and 200 × 45
 *
 * Writes its section of docs/benchmarks.md. Env: BENCH_SECONDS (default 10), BENCH_CONNECTIONS (10).
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import { bin, run } from "../scripts/lib/run";
import { buildIfStale, captureChild, machineLine, signIn, startServer, stopServer, writeSection } from "./lib/server-process";

const PORT = 3401;
const BASE = `http://127.0.0.1:${PORT}`;
const DIST = ".next-bench";
const DB_FILE = "data/bench.db";
const SECONDS = Math.min(60, Number(process.env.BENCH_SECONDS ?? 10));
const CONNECTIONS = Math.min(50, Number(process.env.BENCH_CONNECTIONS ?? 10));
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  // The benchmark signs in as the demo learner, which production does not otherwise seed.
  DEMO_ACCOUNTS: "1",
  // One signed-in learner is the whole load here: lift the per-learner write limit that guards against exactly that.
  PROGRESS_WRITES_PER_MINUTE: "100000000",
  NEXT_DIST_DIR: DIST,
  DATABASE_URL: `file:./${DB_FILE}`,
  NEXTAUTH_URL: BASE,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret-".padEnd(40, "x"),
  PORT: String(PORT),
};

// better-sqlite3 and autocannon ship no type declarations; they are loaded as CommonJS with the types we use.
const requireCjs = createRequire(import.meta.url);

/** Load scenarios: a fixed 1,000 events/s (the target), then as fast as the server goes. */
const SCENARIOS = [
  { name: "1,000 events/s, evenly paced", events: 25, rate: 40 },
  { name: "maximum (closed loop)", events: 25, rate: 0 },
  { name: "maximum, 1 event per request", events: 1, rate: 0 },
] as const;

async function main() {
  await buildIfStale(env);
  const results: string[] = [];
  for (const journal of ["delete", "wal"] as const) {
    await freshDatabase(journal);
    const server = await startServer(PORT, env);
    try {
      const cookie = await signIn(BASE);
      // Warm-up (not recorded): JIT, the route's first compile, the database's first pages.
      await loadFromChild({ cookie, events: 25, rate: 0, seconds: 3 });
      for (const scenario of SCENARIOS) {
        const r = await loadFromChild({ cookie, events: scenario.events, rate: scenario.rate });
        const label = journal === "wal" ? "WAL" : "rollback (default)";
        results.push(`| ${label} | ${scenario.name} | ${scenario.events} | ${r.requestsPerSecond.toFixed(0)} | ${(r.requestsPerSecond * scenario.events).toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} |`);
      }
    } finally {
      await stopServer(server);
    }
  }
  const neighbour = await noisyNeighbour();
  const overview = await captureChild([bin("tsx"), "--conditions=react-server", "bench/server.ts", "--overview"], env);
  const body = report(results, neighbour, overview.trim());
  writeSection("server", body);
  console.log(body);
}

/** A learner's normal pace (under the limit): 1.5 requests of 25 events a second, for 20 s. */
const CALM = { events: 25, rate: 1.5, seconds: 20 };

/**
 * The per-learner limit at its real value (PROGRESS_WRITES_PER_MINUTE's default): the demo author
 * writes at a normal pace alone, then again while the demo learner floods the endpoint from
 * another process (closed loop, refused with 429 past the limit). Both rows come from the same
 * server in the same run, so the ratio is what the flood costs the other learner.
 */
async function noisyNeighbour(): Promise<string> {
  await freshDatabase("wal");
  const { PROGRESS_WRITES_PER_MINUTE: _lifted, ...limited } = env;
  const server = await startServer(PORT, limited);
  try {
    const flooder = await signIn(BASE);
    const calm = await signIn(BASE, { email: "author@example.com", password: "author-pass-123" });
    await loadFromChild({ cookie: calm, ...CALM, seconds: 3 });
    const alone = await loadFromChild({ cookie: calm, ...CALM }, limited);
    const [flood, beside] = await Promise.all([
      loadFromChild({ cookie: flooder, events: 25, rate: 0, seconds: CALM.seconds }, limited),
      loadFromChild({ cookie: calm, ...CALM }, limited),
    ]);
    const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : "—");
    return [
      "### A learner at the write limit beside another learner",
      "",
      `The per-learner limit at its default (PROGRESS_WRITES_PER_MINUTE unset). The flooding learner sends as fast as ${CONNECTIONS} connections go for ${CALM.seconds} s; the other writes ${CALM.rate} requests of ${CALM.events} events a second, first alone, then beside the flood.`,
      "",
      "| the other learner | requests | p50 ms | p99 ms | errors |",
      "|---|---|---|---|---|",
      `| alone | ${Math.round(alone.requestsPerSecond * CALM.seconds)} | ${alone.p50} | ${alone.p99} | ${alone.errors} |`,
      `| beside the flood | ${Math.round(beside.requestsPerSecond * CALM.seconds)} | ${beside.p50} | ${beside.p99} | ${beside.errors} |`,
      `| ratio (beside / alone) | | ${ratio(beside.p50, alone.p50)} | ${ratio(beside.p99, alone.p99)} | |`,
      "",
      `The flood: ${flood.requestsPerSecond.toFixed(0)} requests/s answered, ${flood.errors} of them refused (429 past the limit, the rest stored); after the first refusal the production server (scripts/serve.ts) refuses that session before Next routes it. The flood's load generator runs on the same cores as the server, so some of the remaining slowdown is the generator's own CPU.`,
    ].join("\n");
  } finally {
    await stopServer(server);
  }
}

async function freshDatabase(journal: "delete" | "wal") {
  for (const f of [DB_FILE, `${DB_FILE}-journal`, `${DB_FILE}-wal`, `${DB_FILE}-shm`]) fs.rmSync(f, { force: true });
  fs.mkdirSync("data", { recursive: true });
  await run(bin("prisma"), ["migrate", "deploy"], env, true);
  await run(bin("tsx"), ["--conditions=react-server", "prisma/seed.ts"], env);
  if (journal === "wal") {
    // journal_mode=WAL is stored in the database file, so the server's connection inherits it.
    const Database = requireCjs("better-sqlite3") as new (file: string) => { pragma(s: string): unknown; close(): void };
    const database = new Database(DB_FILE);
    database.pragma("journal_mode = WAL");
    database.close();
  }
}

interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

async function loadFromChild(config: { cookie: string; events: number; rate: number; seconds?: number }, childEnv = env): Promise<LoadResult> {
  const out = await captureChild([bin("tsx"), "bench/server.ts", "--load", JSON.stringify(config)], childEnv);
  return JSON.parse(out.trim().split("\n").pop()!) as LoadResult;
}

function makeBatch(events: number) {
  const lessons = ["tensors", "neurons-and-activations", "loss-and-gradient-descent"];
  return {
    events: Array.from({ length: events }, (_, i) => ({
      id: randomBytes(12).toString("hex"), lessonId: lessons[i % lessons.length], at: Date.now(),
      type: "cell-run", cellId: `cell-${(i % 5) + 1}`, ok: i % 7 !== 0,
    })),
  };
}

/**
 * Child. rate 0: autocannon, closed loop (each connection sends its next request when the last
 * answers), for the maximum. rate > 0: requests evenly spaced in time (open loop), for the latency
 * at that load; autocannon's own rate limit sends each second's quota in one burst, which measures
 * a thundering herd instead. Every request carries fresh event ids, so every write is real.
 */
async function loadChild(config: { cookie: string; events: number; rate: number; seconds?: number }) {
  const seconds = config.seconds ?? SECONDS;
  // The route answers only same-origin requests (a browser sends Origin itself; a load generator must).
  const headers = { "content-type": "application/json", cookie: config.cookie, origin: BASE };
  if (config.rate > 0) return console.log(JSON.stringify(await pacedLoad(config.rate, seconds, () => fetch(`${BASE}/api/progress`, { method: "POST", headers, body: JSON.stringify(makeBatch(config.events)) }))));
  const autocannon = requireCjs("autocannon") as (opts: object) => Promise<{ requests: { average: number }; latency: { p50: number; p99: number }; non2xx: number; errors: number }>;
  const result = await autocannon({
    url: `${BASE}/api/progress`, connections: CONNECTIONS, duration: seconds,
    requests: [{ method: "POST", headers, setupRequest: (req: object) => ({ ...req, body: JSON.stringify(makeBatch(config.events)) }) }],
  });
  const summary: LoadResult = { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.non2xx + result.errors };
  console.log(JSON.stringify(summary));
}

async function pacedLoad(rate: number, seconds: number, send: () => Promise<Response>): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const inFlight: Array<Promise<void>> = [];
  for (let i = 0; i < rate * seconds; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const sentAt = performance.now();
    inFlight.push(
      send()
        .then(async (res) => {
          await res.arrayBuffer();
          if (!res.ok) errors += 1;
          latencies.push(performance.now() - sentAt);
        })
        .catch(() => void (errors += 1)),
    );
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  return { requestsPerSecond: latencies.length / elapsed, p50: at(0.5), p99: at(0.99), errors };
}

/** Child (react-server condition, for server-only modules): seeds 500 × 20 and 200 × 45 cohorts and times the data function. */
async function overviewChild() {
  const { makeLargeCohort } = await import("../lib/progress/test-factories");
  const { loadCohortOverview } = await import("../lib/analytics/cohort-data");
  for (const size of [{ learners: 500, lessons: 20 }, { learners: 200, lessons: 45 }]) {
    const seeded = await makeLargeCohort(size);
    const times: number[] = [];
    for (let i = 0; i < 11; i++) {
      const started = performance.now();
      const overview = await loadCohortOverview(seeded.cohortId, seeded.lessons);
      times.push(performance.now() - started);
      if (overview.learners.length !== size.learners) throw new Error("the overview lost learners");
    }
    const [cold, ...warm] = times;
    warm.sort((a, b) => a - b);
    const median = warm[Math.floor(warm.length / 2)]!;
    console.log(`Instructor overview (loadCohortOverview), ${size.learners} learners × ${size.lessons} lessons, ${seeded.events} events + ${seeded.attempts} quiz attempts: first call ${cold!.toFixed(0)} ms, median of the next 10 ${median.toFixed(0)} ms, worst ${warm[warm.length - 1]!.toFixed(0)} ms.`);
    console.log("");
  }
}

function report(rows: string[], neighbour: string, overview: string): string {
  const machine = machineLine();
  return [
    "## Progress writes and the instructor overview",
    "",
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:server\` (production build, \`next start\`, SQLite) on ${machine}.`,
    `Load from a second process over loopback, ${SECONDS} s per row after a 3 s warm-up (autocannon: ${CONNECTIONS} connections); every event has a fresh id, so every one is a real insert.`,
    "The paced rows send requests evenly spaced in time (open loop, Node fetch with keep-alive) at 1,000 events/s and report the latency at that load; the maximum rows are autocannon's closed loop.",
    "",
    "| SQLite journal | load | events per request | requests/s | events written/s | p50 ms | p99 ms | errors |",
    "|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
    neighbour,
    "",
    overview,
  ].join("\n");
}

// Last, so every constant above is initialised: one file, three roles (orchestrator, load, overview).
const mode = process.argv[2];
if (mode === "--load") await loadChild(JSON.parse(process.argv[3]!));
else if (mode === "--overview") await overviewChild();
else await main();
