import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { expect, test } from "../fixtures";

/**
 * `npm start` in a clone where an instance already serves (a restart, or a second instance as
 * docs/deployment.md describes): the build is reused, nothing tracked changes, and the first
 * instance keeps serving every chunk its pages load. With changed sources it refuses to rebuild
 * the folder under the running instance.
 */
test.describe.configure({ mode: "serial", timeout: 240_000 });

const PORT = 3198;
const SECOND = `http://localhost:${PORT}`;
const gitStatus = () => execFileSync("git", ["status", "--porcelain"], { encoding: "utf8" });

function npmStart(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  let output = "";
  const child = spawn("node_modules/.bin/tsx", ["scripts/start.ts"], {
    env: { ...process.env, PORT: String(PORT), DEMO_ACCOUNTS: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { child, output: () => output, exited };
}

const stop = (child: ChildProcess) => {
  if (child.exitCode === null && child.pid) process.kill(-child.pid, "SIGTERM");
};

/** The page's own scripts: every /_next/static chunk its HTML loads. */
async function chunksOf(html: string): Promise<string[]> {
  return [...new Set([...html.matchAll(/\/_next\/static\/[^"'\s)]+\.js/g)].map((m) => m[0]))];
}

test("a second start reuses the build, changes no tracked file, and the running instance keeps serving every chunk", async ({ page, baseURL }) => {
  const before = gitStatus();
  const database = "data/test-e2e-second-start.db";
  fs.rmSync(database, { force: true });
  const second = npmStart({ DATABASE_URL: `file:./${database}` });
  try {
    await expect
      .poll(async () => fetch(`${SECOND}/api/auth/csrf`).then((r) => r.status, () => 0), { timeout: 180_000, intervals: [1000] })
      .toBe(200);
    expect(second.output()).not.toMatch(/Building/);

    const html = await (await page.request.get(`${baseURL}/lessons/neurons-and-activations`)).text();
    const chunks = await chunksOf(html);
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) expect((await page.request.get(`${baseURL}${chunk}`)).status(), chunk).toBe(200);
    // Both instances serve the same build.
    const secondHtml = await (await fetch(`${SECOND}/lessons/neurons-and-activations`)).text();
    expect(await chunksOf(secondHtml)).toEqual(chunks);

    await page.goto("/lessons/neurons-and-activations");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  } finally {
    stop(second.child);
    await second.exited;
    fs.rmSync(database, { force: true });
  }
  expect(gitStatus()).toBe(before);
});

test("a start whose sources changed refuses to rebuild a folder another instance serves, before touching anything", async () => {
  // A build folder made from other sources, served by a live process (this test's own).
  const folder = ".next-e2e-stale";
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(`${folder}/serving`, { recursive: true });
  fs.writeFileSync(`${folder}/BUILD_ID`, "old");
  fs.writeFileSync(`${folder}/source-fingerprint`, "sources of an older build");
  fs.writeFileSync(`${folder}/serving/${process.pid}`, "");
  const database = "data/test-e2e-refused-start.db";
  fs.rmSync(database, { force: true });
  try {
    const refused = npmStart({ NEXT_DIST_DIR: folder, DATABASE_URL: `file:./${database}` });
    expect(await refused.exited).toBe(3);
    expect(refused.output()).toContain(`process ${process.pid} is serving that build`);
    expect(refused.output()).toContain("--serve-only");
    expect(fs.existsSync(database), "no database was prepared").toBe(false);
    expect(fs.readFileSync(`${folder}/BUILD_ID`, "utf8"), "the served build is untouched").toBe("old");
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
