import { spawn, type ChildProcess } from "node:child_process";
import pg from "pg";
import { ensureAuthSecret } from "../../scripts/lib/secret";
import { INSTANCES } from "../../playwright.multi.config";
import { expect, expectAccessible, test } from "../e2e/fixtures";
import { NotebookPage } from "../e2e/pages/notebook";
import { signUp } from "../e2e/progress/helpers";
import { TcpProxy } from "../support/tcp-proxy";

/**
 * Faults that must lose nothing, on PostgreSQL: the database going away while a learner works, and
 * an app instance killed (SIGKILL) in the middle of writes. This suite starts its own instance, C,
 * whose connections to PostgreSQL pass through a proxy the test can cut, so the server the other
 * suites share keeps running; a second proxy in front of C and the suite's instance B plays the
 * load balancer.
 */

// Refused writes and a killed server are what these tests are about; the browser logs each one.
test.use({
  allowedErrors: {
    patterns: [
      /Failed to load resource: the server responded with a status of 503\b/,
      /Failed to load resource: net::ERR_/,
      /Failed to execute 'importScripts' on 'WorkerGlobalScope'/,
      /^ErrorEvent$/,
    ],
  },
});
test.describe.configure({ mode: "serial" });

const DATABASE_URL = process.env.MULTI_DATABASE_URL!;
const B = INSTANCES[1]!;
const C_PORT = 3603;
const C = `http://127.0.0.1:${C_PORT}`;

const database = new TcpProxy([{ host: new URL(DATABASE_URL).hostname, port: Number(new URL(DATABASE_URL).port || 5432) }]);
let instance: ChildProcess | null = null;

/** Instance C: the production server (scripts/serve.ts), one process, so SIGKILL kills the server itself. */
async function startInstanceC(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "--port", String(C_PORT), "--host", "127.0.0.1"], {
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: database.through(DATABASE_URL), NEXTAUTH_SECRET: ensureAuthSecret(), NEXTAUTH_URL: C },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 120; i++) {
    const up = await fetch(`${C}/api/auth/csrf`).then((r) => r.ok, () => false);
    if (up) return child;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("instance C did not start");
}

/** Rows the learner's browser stored, read from PostgreSQL directly. */
async function stored(email: string): Promise<{ cellRuns: number; saves: Array<{ source: string | null; revision: number }> }> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    const user = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
    const userId = user.rows[0]!.id;
    const runs = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "ProgressEvent" WHERE "userId" = $1 AND type = 'cell-run'`, [userId]);
    const saves = await client.query<{ source: string | null; revision: number }>(`SELECT source, revision FROM "CodeSave" WHERE "userId" = $1 ORDER BY "cellId"`, [userId]);
    return { cellRuns: Number(runs.rows[0]!.n), saves: saves.rows };
  } finally {
    await client.end();
  }
}

test.beforeAll(async () => {
  await database.start();
  instance = await startInstanceC();
});

test.afterAll(async () => {
  instance?.kill("SIGKILL");
  await database.stop();
});

test("PostgreSQL going away while a learner works: 503s, nothing lost, everything sent once when it is back", async ({ page, browser }) => {
  const email = await signUp(page, "Outage Olive", "/lessons/tensors", C);
  const notebook = new NotebookPage(page);
  await notebook.waitForKernel();
  const status = page.getByTestId("progress-status");
  await notebook.openEditor(1);
  await expect(status).toHaveText("Saved");

  await database.stop();
  const code = `console.log("written while the database was down");`;
  await notebook.typeInCell(1, code);
  await expect(notebook.runCellAndWait(1)).resolves.toBe("done");
  await expect(notebook.output(1)).toContainText("written while the database was down");
  // The learner's network is fine; the server is not: the queue keeps everything and says so.
  await expect(status).toHaveText("Server problem — will retry");

  // Meanwhile the app answers at once, clearly, and never with a 500.
  const started = Date.now();
  const progress = await page.request.post(`${C}/api/progress`, {
    data: { events: [] },
    headers: { origin: C, "content-type": "application/json" },
  });
  expect(progress.status()).toBe(503);
  expect(progress.headers()["retry-after"]).toBe("5");
  expect((await progress.json()).message).toMatch(/database is unavailable.*kept in this browser/);
  const otherContext = await browser.newContext({ storageState: await page.context().storageState() });
  const other = await otherContext.newPage();
  const account = await other.goto(`${C}/me`);
  expect(account!.status()).toBe(503);
  await expect(other.getByRole("heading", { name: "Back in a moment" })).toBeVisible();
  await expect(other.getByText("Nothing is lost")).toBeVisible();
  expect(Date.now() - started).toBeLessThan(5_000);
  await other.screenshot({ path: test.info().outputPath("database-unavailable.png") });
  await expectAccessible(other);
  await otherContext.close();
  // A guest still reads the course.
  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  expect((await guest.goto(`${C}/lessons/tensors`))!.status()).toBe(200);
  await expect(guest.getByRole("heading", { level: 1 })).toBeVisible();
  await guestContext.close();
  await expect(status).toHaveText("Server problem — will retry");

  // Back, without restarting the app: the queue replays, exactly once.
  await database.start();
  await expect(status).toHaveText("Saved", { timeout: 30_000 });
  const after = await stored(email);
  expect(after.cellRuns).toBe(1);
  expect(after.saves.map((s) => s.source)).toEqual([code]);
  await page.reload();
  await notebook.waitForKernel();
  await expect(notebook.cell(1)).toContainText(code);
  expect((await page.goto(`${C}/me`))!.status()).toBe(200);
});

test("an instance killed with SIGKILL in the middle of writes: the learner's queue replays through the other, nothing partial", async ({ page }) => {
  const balancer = new TcpProxy([
    { host: "127.0.0.1", port: C_PORT },
    { host: "127.0.0.1", port: Number(new URL(B).port) },
  ]);
  const origin = `http://127.0.0.1:${await balancer.start()}`;
  try {
    const email = await signUp(page, "Failover Fay", "/lessons/tensors", origin);
    const notebook = new NotebookPage(page);
    await notebook.waitForKernel();
    const status = page.getByTestId("progress-status");
    await notebook.openEditor(1);

    // Two runs saved through C…
    for (const n of [1, 2]) {
      await notebook.typeInCell(1, `console.log("run ${n}");`);
      await expect(notebook.runCellAndWait(1)).resolves.toBe("done");
      await expect(status).toHaveText("Saved");
    }
    // …then C is killed while the third run's write is on its way.
    const inFlight = page.waitForRequest((r) => r.url().endsWith("/api/progress") && r.method() === "POST");
    await notebook.typeInCell(1, `console.log("run 3");`);
    await notebook.runCell(1);
    await inFlight;
    instance!.kill("SIGKILL");
    await new Promise((resolve) => instance!.once("exit", resolve));
    instance = null;
    await expect(notebook.waitForEnd(1)).resolves.toBe("done");

    // The queue retries; the balancer now reaches B, which stores what C did not commit.
    await expect(status).toHaveText("Saved", { timeout: 30_000 });
    const after = await stored(email);
    expect(after.cellRuns).toBe(3);
    expect(after.saves.map((s) => s.source)).toEqual([`console.log("run 3");`]);
    await page.reload();
    await notebook.waitForKernel();
    await expect(notebook.cell(1)).toContainText(`console.log("run 3");`);
  } finally {
    await balancer.stop();
  }
});
