/**
 * `npm run bench:lessons`: the lesson pipeline. (1) compiling every lesson through compileLesson, cold
 * and warm, in a react-server child; (2) the lesson check's own duration; (3) guest lesson HTML sizes and
 * (4) a lesson page's first-load JavaScript in headless Chromium, from `scripts/start.ts --test` on
 * 127.0.0.1:3801 with its own fresh database. Writes its section of docs/benchmarks.md.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Response } from "@playwright/test";
import { chromiumLaunchOptions } from "../scripts/lib/chromium";
import { bin } from "../scripts/lib/run";
import { machineLine, writeSection } from "./lib/server-process";

const PORT = 3801;
const BASE = `http://127.0.0.1:${PORT}`;
const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(PORT), DATABASE_URL: "file:./data/bench-lessons.db" };
const TARGET_KB = 220;

interface CompileStats { lessons: { id: string; draft: boolean }[]; importMs: number; coldMs: number; slowest: string; warmMs: number[]; cachedMs: number; failed: number }
interface Asset { url: string; raw: number; gzip: number; sent: string; phase: "first" | "editor" }

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sum = (assets: Asset[], key: "raw" | "gzip") => assets.reduce((total, a) => total + a[key], 0);
const name = (url: string) => new URL(url).pathname.replace(/^\/_next\/static\//, "");

/** Child (react-server, for lib/lessons' server-only imports): the real compile function, cold then warm. */
async function compileChild() {
  let started = performance.now();
  const { scanCourse } = await import("../lib/lessons/discover");
  const { compileLesson } = await import("../lib/lessons/compile");
  const { runMdxPipeline } = await import("../lib/lessons/mdx-pipeline");
  const importMs = performance.now() - started;
  started = performance.now();
  const course = await scanCourse(path.resolve("lessons"));
  let failed = 0;
  let slowest = { id: "", ms: 0 };
  for (const record of course.lessons) {
    const lessonStarted = performance.now();
    if (!(await compileLesson(record)).ok) failed += 1;
    const ms = performance.now() - lessonStarted;
    if (ms > slowest.ms) slowest = { id: record.id, ms };
  }
  const coldMs = performance.now() - started;
  // compileLesson caches per process, so a warm recompile calls the pipeline it wraps, with the same input.
  const warmMs: number[] = [];
  for (let pass = 0; pass < 3; pass++) {
    started = performance.now();
    for (const r of course.lessons) {
      const quizQuestionIds = r.quiz ? r.quiz.questions.map((q) => q.id) : r.quizFile ? [] : null;
      await runMdxPipeline({ source: r.source, file: r.file, quizQuestionIds, highlight: true });
    }
    warmMs.push(performance.now() - started);
  }
  started = performance.now();
  await Promise.all(course.lessons.map((r) => compileLesson(r)));
  const cachedMs = performance.now() - started;
  const lessons = course.lessons.map((l) => ({ id: l.id, draft: l.meta.draft }));
  const stats: CompileStats = { lessons, importMs, coldMs, slowest: `${slowest.id}, ${slowest.ms.toFixed(0)} ms`, warmMs, cachedMs, failed };
  console.log(JSON.stringify(stats));
}

function runChild(argv: string[]): { out: string; code: number | null } {
  const result = spawnSync(argv[0]!, argv.slice(1), { env, encoding: "utf8", maxBuffer: 64 * 2 ** 20, stdio: ["ignore", "pipe", "inherit"] });
  return { out: result.stdout, code: result.status };
}

async function startProduction(): Promise<ChildProcess> {
  const child = spawn(bin("tsx"), ["scripts/start.ts", "--test"], { env, stdio: ["ignore", "pipe", "inherit"] });
  let log = ""; // start.ts reports build failures on stdout: kept to explain an early exit
  child.stdout!.on("data", (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  let exited = false;
  child.once("exit", () => (exited = true));
  const deadline = Date.now() + 20 * 60_000; // start.ts may build first
  while (!exited && Date.now() < deadline) {
    if (await fetch(`${BASE}/api/auth/csrf`).then((r) => r.ok, () => false)) return child;
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill("SIGTERM");
  throw new Error(`scripts/start.ts --test did not serve ${BASE}:\n${log}`);
}

async function stopProduction(child: ChildProcess) {
  // tsx relays SIGTERM to start.ts, which stops `next start` and exits with it.
  if (child.exitCode === null) await new Promise((r) => (child.once("exit", r), child.kill("SIGTERM")));
  for (let i = 0; i < 20 && (await fetch(BASE).then(() => true, () => false)); i++) await new Promise((r) => setTimeout(r, 500));
}

async function pageSizes(ids: string[]) {
  const pages = [];
  for (const id of ids) {
    const response = await fetch(`${BASE}/lessons/${id}`);
    const html = Buffer.from(await response.arrayBuffer());
    if (!response.ok) throw new Error(`/lessons/${id} answered HTTP ${response.status}`);
    pages.push({ id, raw: html.length, gzip: gzipSync(html).length, sent: response.headers.get("content-encoding") ?? "none" });
  }
  return pages;
}

/** Every response of /lessons/tensors until loaded and idle (no cell focused), then after clicking into the first cell. */
async function browserLoad(): Promise<{ assets: Asset[]; version: string }> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const context = await browser.newContext();
    const assets: Asset[] = [];
    const pending: Promise<void>[] = [];
    let phase: Asset["phase"] = "first";
    let lastResponse = Date.now();
    const record = async (response: Response, at: Asset["phase"]) => {
      const body = await response.body().catch(() => null);
      if (!body) return;
      assets.push({ url: response.url(), raw: body.length, gzip: gzipSync(body).length, sent: (await response.allHeaders())["content-encoding"] ?? "none", phase: at });
    };
    context.on("response", (response) => {
      lastResponse = Date.now();
      if (["script", "fetch", "xhr", "document", "other"].includes(response.request().resourceType())) pending.push(record(response, phase));
    });
    const quiet = async () => {
      while (Date.now() - lastResponse < 1500) await new Promise((r) => setTimeout(r, 250));
      for (let settled = 0; settled < pending.length; settled = pending.length) await Promise.all(pending);
    };
    const page = await context.newPage();
    await page.goto(`${BASE}/lessons/tensors`, { waitUntil: "load" });
    await page.waitForLoadState("networkidle");
    await quiet();
    phase = "editor";
    await page.locator('[data-testid="cell"] pre[role="group"]').first().click();
    await page.locator(".monaco-editor").first().waitFor({ timeout: 60_000 });
    await quiet();
    return { assets, version: browser.version() };
  } finally {
    await browser.close();
  }
}

async function main() {
  const compiled = runChild([bin("tsx"), "--conditions=react-server", "bench/lessons.ts", "--compile"]);
  if (compiled.code !== 0) throw new Error("the compile child failed");
  const stats = JSON.parse(compiled.out.trim().split("\n").pop()!) as CompileStats;
  const checkStarted = performance.now();
  const check = runChild(["npx", "tsx", "scripts/lessons-check.ts"]);
  const checkWall = (performance.now() - checkStarted) / 1000;
  const summary = check.out.split("\n").find((line) => /^Checked \d+ lessons?/.test(line)) ?? "(no summary line)";

  const server = await startProduction();
  let pages, browser;
  try {
    pages = await pageSizes(stats.lessons.filter((l) => !l.draft).map((l) => l.id));
    browser = await browserLoad();
  } finally {
    await stopProduction(server);
  }
  const body = report(stats, summary, checkWall, check.code, pages, browser);
  writeSection("lessons", body);
  console.log(body);
}

function report(stats: CompileStats, summary: string, checkWall: number, checkCode: number | null, pages: Awaited<ReturnType<typeof pageSizes>>, { assets, version }: { assets: Asset[]; version: string }): string {
  const isKernel = (a: Asset) => new URL(a.url).pathname.startsWith("/kernel/");
  const isScript = (a: Asset) => /\.m?js(\?|$)/.test(new URL(a.url).pathname);
  const firstJs = assets.filter((a) => a.phase === "first" && !isKernel(a) && isScript(a)).sort((a, b) => b.gzip - a.gzip);
  const kernel = assets.filter((a) => a.phase === "first" && isKernel(a));
  const monaco = assets.filter((a) => a.phase === "editor");
  const firstGzip = sum(firstJs, "gzip");
  const encodings = [...new Set(firstJs.map((a) => a.sent))].join(", ");
  const bySize = [...pages].sort((a, b) => b.raw - a.raw);
  const shown = [pages.find((p) => p.id === "tensors"), bySize[0], pages.find((p) => p.id === "faq")].filter((p, i, all) => p && all.indexOf(p) === i);
  const median = bySize[Math.floor(bySize.length / 2)]!;
  const warm = [...stats.warmMs].sort((a, b) => a - b)[1]!;
  return [
    "## Lesson pipeline",
    "",
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:lessons\` on ${machineLine()}. Production server: \`scripts/start.ts --test\` on 127.0.0.1:${PORT}, fresh database; headless Chromium ${version} (/usr/bin/chromium).`,
    "",
    `**Compiling all ${stats.lessons.length} lessons** (\`compileLesson\`, with shiki highlighting as the page does; sequential; ${stats.failed} failed): cold, first call in a fresh process ${(stats.coldMs / 1000).toFixed(2)} s (after ${stats.importMs.toFixed(0)} ms of module loading; slowest lesson ${stats.slowest}); warm, median of 3 further passes through the same pipeline (\`runMdxPipeline\`, bypassing the per-process cache) ${(warm / 1000).toFixed(2)} s (${(warm / stats.lessons.length).toFixed(0)} ms per lesson); from compileLesson's cache ${stats.cachedMs.toFixed(1)} ms.`,
    "",
    `**Lesson check** (\`npx tsx scripts/lessons-check.ts\`, exit code ${checkCode}): \`${summary.trim()}\` (${checkWall.toFixed(1)} s wall clock including process start).`,
    "",
    `**Lesson page HTML as a guest** (gzip: zlib level 6 of the body; the server sent content-encoding ${[...new Set(pages.map((p) => p.sent))].join(", ")}):`,
    "",
    "| lesson | HTML | gzip |",
    "|---|---:|---:|",
    ...shown.map((p) => `| ${p!.id}${p === bySize[0] ? " (largest page)" : ""} | ${kb(p!.raw)} | ${kb(p!.gzip)} |`),
    `| median of all ${pages.length} (${median.id}) | ${kb(median.raw)} | ${kb(median.gzip)} |`,
    "",
    `**First-load JavaScript of /lessons/tensors** before the editor loads (every script response until load + network idle, no cell focused; each body gzip-compressed with zlib level 6 by the benchmark, the server sent content-encoding ${encodings}): **${kb(firstGzip)} gzip** (${kb(sum(firstJs, "raw"))} uncompressed, ${firstJs.length} scripts); target ≤ ${TARGET_KB} KB: ${firstGzip / 1024 <= TARGET_KB ? "met" : "NOT met"}. Next's own baseline here is about 170 KB.`,
    "",
    "Largest first-load scripts: " + firstJs.slice(0, 5).map((a) => `\`${name(a.url)}\` ${kb(a.gzip)}`).join(", ") + ".",
    "",
    `Context, not counted above. Kernel assets loaded by the sandbox at page load: ${kb(sum(kernel, "gzip"))} gzip (${kb(sum(kernel, "raw"))} raw): ` + kernel.map((a) => `\`${new URL(a.url).pathname}\` ${kb(a.gzip)}`).join(", ") + ".",
    `Monaco, loaded on clicking into the first cell: ${kb(sum(monaco, "gzip"))} gzip (${kb(sum(monaco, "raw"))} raw, ${monaco.length} responses; largest: ` + [...monaco].sort((a, b) => b.gzip - a.gzip).slice(0, 3).map((a) => `\`${name(a.url)}\` ${kb(a.gzip)}`).join(", ") + ").",
  ].join("\n");
}

// Last, so every constant above is initialised: one file, two roles (orchestrator, compile child).
if (process.argv[2] === "--compile") await compileChild();
else await main();
