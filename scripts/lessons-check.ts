/**
 * `npm run lessons:check [-- <lesson id or file>...] [options]` — validates every lesson and quiz,
 * runs the code of every lesson (or of the lessons named) and lists every problem as
 * `file:line: reason`.
 *
 * By default the code runs in Node (TensorFlow.js on CPU, the same kernel core as the browser): the
 * fast path while writing. `--browser` runs it where learners run it: headless Chromium, the real
 * sandboxed kernel, on WASM and on CPU (and on WebGL when the browser has a hardware GPU);
 * `--backend wasm,cpu,webgl` picks the backends. The app is served from a production build on
 * 127.0.0.1:3200 (built when stale), or `--url <base>` uses one already running.
 * Other options: `--root <dir>` checks another course; `--validate-only` skips running code;
 * `--outputs` prints what every cell, setup and solution printed, under the cell.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { allowServerOnlyOutsideNext } from "./lib/server-only-outside-next";
import { datasetFileNames } from "../lib/kernel/core/dataset-files.ts";

allowServerOnlyOutsideNext();

const VALUE_FLAGS = new Set(["--root", "--backend", "--url"]);
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const selection = args.filter((arg, i) => !arg.startsWith("--") && !VALUE_FLAGS.has(args[i - 1] ?? ""));
const root = path.resolve(flag("--root") ?? "lessons");
const validateOnly = args.includes("--validate-only");
const browser = args.includes("--browser") || flag("--backend") !== undefined;
const showOutputs = args.includes("--outputs");
const datasetsDir = path.resolve("public/kernel/datasets");
const CHECK_PORT = Number(process.env.CHECK_PORT ?? 3200);

function ensureDatasets(): void {
  if (existsSync(datasetsDir) && datasetFileNames.every((file) => readdirSync(datasetsDir).includes(file))) return;
  console.log("Datasets are missing: running scripts/build-datasets.ts first…");
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/build-datasets.ts"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

type Problems = Awaited<ReturnType<typeof import("@/lib/lessons/check/check-course").checkCourse>>;
type Factory = import("@/lib/lessons/check/kernel").KernelFactory | null;
type RunRecord = import("@/lib/lessons/check/run-lesson").RunRecord;

/** `--outputs`: what each cell, setup and solution printed, under a heading per lesson. */
async function outputPrinter(where: string) {
  const { outputLines } = await import("@/lib/lessons/check/output-text");
  let current = "";
  return (lesson: { id: string; file: string }, record: RunRecord) => {
    if (record.practice) return;
    if (lesson.file !== current) {
      current = lesson.file;
      console.log(`\n── ${lesson.id} (${lesson.file})${browser ? ` on ${where}` : ""}`);
    }
    console.log(`   ${record.label}, line ${record.line}, ${(record.run.durationMs / 1000).toFixed(2)} s`);
    const lines = outputLines(record.run.outputs ?? [], record.line);
    for (const line of lines.length > 0 ? lines : ["(no output)"]) console.log(`     │ ${line}`);
  };
}

/** One pass over the course with one kernel factory; `where` labels the lines and code problems. */
async function pass(factory: Factory, where: string): Promise<Problems> {
  const { checkCourse } = await import("@/lib/lessons/check/check-course");
  return checkCourse({
    root,
    kernelFactory: factory,
    only: selection,
    budgetMs: process.env.LESSON_BUDGET_SECONDS ? Number(process.env.LESSON_BUDGET_SECONDS) * 1000 : undefined,
    onLesson: factory
      ? (file, n, ms) => console.log(`${n === 0 ? "  ok  " : " FAIL "} ${where.padEnd(5)} ${file} (${(ms / 1000).toFixed(1)} s)`)
      : undefined,
    onRun: factory && showOutputs ? await outputPrinter(where) : undefined,
  });
}

async function nodePass(): Promise<Problems[]> {
  if (validateOnly) return [await pass(null, "")];
  ensureDatasets();
  const { createNodeKernelFactory } = await import("@/lib/lessons/check/node-kernel");
  return [await pass(await createNodeKernelFactory(datasetsDir), "node")];
}

async function browserPasses(): Promise<Array<[string, Problems]>> {
  const { openBrowserKernels, startCheckServer } = await import("./lib/browser-kernel");
  const server = flag("--url") ? null : await startCheckServer(CHECK_PORT);
  const url = flag("--url")?.replace(/\/$/, "") ?? server!.url;
  let kernels: Awaited<ReturnType<typeof openBrowserKernels>> | null = null;
  try {
    kernels = await openBrowserKernels(url);
    const offered = kernels.info.backends;
    const hardwareWebgl = offered.includes("webgl") && !/swiftshader|llvmpipe|software/i.test(kernels.info.renderer ?? "");
    const wanted = flag("--backend")?.split(",") ?? ["wasm", "cpu", ...(hardwareWebgl ? ["webgl"] : [])];
    console.log(`Browser kernel at ${url}: backends ${offered.join(", ")}${kernels.info.renderer ? ` (WebGL: ${kernels.info.renderer})` : ""}; checking on ${wanted.join(", ")}.`);
    const passes: Array<[string, Problems]> = [];
    for (const backend of wanted) {
      if (!offered.includes(backend as never)) throw new Error(`This browser does not offer the ${backend} backend (it has ${offered.join(", ")}).`);
      passes.push([backend, await pass(kernels.factory(backend as never), backend)]);
    }
    return passes;
  } finally {
    await kernels?.close();
    await server?.stop();
  }
}

async function main(): Promise<number> {
  const { formatProblem } = await import("@/lib/lessons/problems");
  const passes: Array<[string, Problems]> = browser ? await browserPasses() : (await nodePass()).map((p) => ["node", p]);
  // Validation problems repeat in every pass; code problems are labelled with their backend.
  const lines = new Set<string>();
  for (const [where, { problems }] of passes) {
    for (const p of problems) {
      const labelled = browser && p.reason.startsWith("lesson ") ? { ...p, reason: `[${where}] ${p.reason}` } : p;
      lines.add(formatProblem(labelled));
    }
  }
  if (lines.size > 0) console.log("");
  for (const line of lines) console.log(line);
  const s = passes[0]![1].summary;
  if (!validateOnly) {
    for (const [where, { summary }] of passes) {
      const label = browser ? ` on ${where}` : "";
      if (summary.slowest.length > 0) {
        console.log(`\nSlowest runs${label}:`);
        for (const r of summary.slowest) console.log(`  ${(r.ms / 1000).toFixed(1).padStart(5)} s  ${r.lessonId} ${r.label} (${r.file}:${r.line})`);
      }
      for (const near of summary.nearBudget) {
        console.log(`warning${label}: lesson "${near.lessonId}" took ${near.seconds.toFixed(1)} s, close to its budget (${near.file})`);
      }
    }
  }
  const seconds = passes.reduce((sum, [, p]) => sum + p.summary.durationMs, 0) / 1000;
  const what = validateOnly ? "Validated" : `Checked${browser ? ` in the browser on ${passes.map(([w]) => w).join(" and ")}` : ""}`;
  console.log(
    `\n${what}: ${count(s.lessons, "lesson")}, ${count(s.cells, "cell")}, ${count(s.exercises, "exercise")}, ` +
      `${count(s.quizQuestions, "quiz question")} in ${seconds.toFixed(1)} s: ` +
      `${lines.size === 0 ? "all good" : count(lines.size, "problem")}.`,
  );
  return lines.size === 0 ? 0 : 1;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(`\nThe lesson check could not run: ${error instanceof Error ? error.message : String(error)}`);
  return 2;
});
