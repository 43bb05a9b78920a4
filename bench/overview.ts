/**
 * `npm run bench:server` (third part): the instructor overview at scale, in a real browser. A cohort of
 * 200 simulated learners over the whole course (scripts/seed-large-cohort.ts) beside the 25-learner
 * demo cohort, both on one production server (.next-bench, its own database and port), measured
 * alternately in the same run so the ratio holds on a noisy machine:
 *   - server time: the cohort page's time to first byte (session, the overview query, the render);
 *   - page ready: navigation start to the table's rows in the page, hydrated;
 *   - heatmap: switching the columns to one per lesson, until the next frame is painted;
 * and a static chunk from the same server as the floor.
 */
import fs from "node:fs";
import { chromium, type Browser, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "../scripts/lib/chromium";
import { migrate } from "../scripts/lib/migrate";
import { bin, run } from "../scripts/lib/run";
import { buildIfStale, captureChild, machineLine, startServer, stopServer, writeSection } from "./lib/server-process";

const PORT = 3403;
const BASE = `http://127.0.0.1:${PORT}`;
const DB_FILE = "data/bench-overview.db";
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SCALE = { email: "scale-instructor@example.com", password: "scale-instructor-pass-123" };
const DEMO_INSTRUCTOR = { email: "instructor@example.com", password: "instructor-pass-123" };
const env: NodeJS.ProcessEnv = {
  ...process.env, NODE_ENV: "production", DEMO_ACCOUNTS: "1", NEXT_DIST_DIR: ".next-bench", DATABASE_URL: `file:./${DB_FILE}`,
  NEXTAUTH_URL: BASE, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret-".padEnd(40, "x"), PORT: String(PORT),
  LARGE_COHORT_PASSWORD: SCALE.password,
};

interface Sample { ttfb: number; ready: number; heatmap: number }

async function openCohort(browser: Browser, who: { email: string; password: string }, cohortName: string): Promise<{ page: Page; url: string; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const { csrfToken } = (await (await page.request.get(`${BASE}/api/auth/csrf`)).json()) as { csrfToken: string };
  await page.request.post(`${BASE}/api/auth/callback/credentials`, { form: { csrfToken, email: who.email, password: who.password, json: "true" }, maxRedirects: 0 });
  await page.goto(`${BASE}/instructor`);
  await page.getByRole("link", { name: cohortName }).first().click();
  await page.getByTestId("learner-row").first().waitFor();
  return { page, url: page.url(), close: () => context.close() };
}

async function sample(page: Page, url: string): Promise<Sample> {
  await page.goto(url, { waitUntil: "commit" });
  await page.getByTestId("learner-row").first().waitFor();
  // Hydrated: the table marks itself once React has attached its handlers.
  await page.locator("[data-testid='overview-scroller'][data-hydrated]").waitFor();
  const [ttfb, ready] = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    return [nav.responseStart - nav.requestStart, performance.now()];
  });
  const heatmap = await page.evaluate(async () => {
    const select = document.querySelector<HTMLSelectElement>("select[id$='-columns']")!;
    const table = document.querySelector("[data-testid='overview-table']")!;
    const started = performance.now();
    select.value = "lessons";
    select.dispatchEvent(new Event("change", { bubbles: true }));
    while (!table.className.includes("heatmap")) await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - started;
  });
  return { ttfb, ready, heatmap };
}

async function staticTtfb(page: Page): Promise<number> {
  const chunk = await page.evaluate(() => [...document.querySelectorAll<HTMLScriptElement>("script[src*='/_next/static/chunks/']")][0]!.src);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    times.push(await page.evaluate(async (src) => {
      const started = performance.now();
      await (await fetch(`${src}?n=${Math.random()}`, { cache: "no-store" })).arrayBuffer();
      return performance.now() - started;
    }, chunk));
  }
  return median(times);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  await buildIfStale(env);
  for (const f of [DB_FILE, `${DB_FILE}-journal`, `${DB_FILE}-wal`, `${DB_FILE}-shm`]) fs.rmSync(f, { force: true });
  fs.mkdirSync("data", { recursive: true });
  await migrate(env);
  await run(bin("tsx"), ["--conditions=react-server", "prisma/seed.ts"], env, true);
  const seeded = JSON.parse((await captureChild([bin("tsx"), "--conditions=react-server", "scripts/seed-large-cohort.ts", SCALE.email, "200"], env)).trim().split("\n").pop()!) as { learners: number };
  const server = await startServer(PORT, env);
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch(chromiumLaunchOptions);
    const small = await openCohort(browser, DEMO_INSTRUCTOR, "Demo cohort");
    const large = await openCohort(browser, SCALE, "Large class");
    await sample(small.page, small.url); // warm-up, not recorded
    await sample(large.page, large.url);
    const s: Sample[] = [];
    const l: Sample[] = [];
    for (let i = 0; i < RUNS; i++) {
      s.push(await sample(small.page, small.url));
      l.push(await sample(large.page, large.url));
    }
    const floor = await staticTtfb(small.page);
    const rows: Array<[string, (x: Sample) => number]> = [["Server time (time to first byte)", (x) => x.ttfb], ["Page ready (navigation to hydrated rows)", (x) => x.ready], ["Switch to the per-lesson heatmap (to the next painted frame)", (x) => x.heatmap]];
    const rowsInPage = await large.page.getByTestId("learner-row").count();
    const lessons = await large.page.locator("thead button[aria-label*=', lesson ']").count();
    const body = [
      "## The instructor overview at scale",
      "",
      `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:server\` (production build, \`next start\`, SQLite, Chromium ${browser.version()} headless) on ${machineLine()}.`,
      `The large class: ${seeded.learners} simulated learners with six weeks of activity over the whole course (scripts/seed-large-cohort.ts); the demo cohort: 25. Median of ${RUNS} page loads each, alternating, in the same run, ${lessons} lessons, so ${seeded.learners * lessons} heatmap cells. With ${seeded.learners} learners the page holds ${rowsInPage} rows (virtualised).`,
      "",
      "| Measure | 200 learners | 25 learners (demo cohort) | 200 / 25 |",
      "|---|---:|---:|---:|",
      ...rows.map(([label, f]) => {
        const a = median(l.map(f));
        const b = median(s.map(f));
        return `| ${label} | ${a.toFixed(0)} ms | ${b.toFixed(0)} ms | ${(a / b).toFixed(2)}× |`;
      }),
      "",
      `Floor: a static JavaScript chunk from the same server takes ${floor.toFixed(1)} ms (median of ${RUNS}, fetched from the page).`,
    ].join("\n");
    writeSection("overview", body);
    console.log(body);
    await small.close();
    await large.close();
  } finally {
    await browser?.close();
    await stopServer(server);
  }
}

await main();
