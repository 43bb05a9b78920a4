/**
 * `npm run lessons:check` — validates every lesson and quiz, runs every cell and exercise in Node
 * (TensorFlow.js on CPU, the same kernel core as the browser) and lists every problem as
 * `file:line: reason`. Options: `--root <dir>` checks another course; `--validate-only` skips running
 * code (the build uses it).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { register } from "node:module";
import path from "node:path";

// lib/lessons is marked server-only for Next; outside Next that marker resolves to an empty module.
register(
  "data:text/javascript,export async function resolve(s,c,n){if(s==='server-only')return{url:'data:text/javascript,',shortCircuit:true};return n(s,c)}",
);

const args = process.argv.slice(2);
const rootFlag = args.indexOf("--root");
const root = path.resolve(rootFlag >= 0 && args[rootFlag + 1] ? args[rootFlag + 1]! : "lessons");
const validateOnly = args.includes("--validate-only");
const datasetsDir = path.resolve("public/kernel/datasets");

function ensureDatasets(): void {
  if (existsSync(datasetsDir) && readdirSync(datasetsDir).length > 0) return;
  console.log("Datasets are missing: running scripts/build-datasets.ts first…");
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/build-datasets.ts"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

async function main(): Promise<number> {
  const { checkCourse } = await import("@/lib/lessons/check/check-course");
  const { formatProblem } = await import("@/lib/lessons/problems");
  let kernelFactory = null;
  if (!validateOnly) {
    ensureDatasets();
    const { createNodeKernelFactory } = await import("@/lib/lessons/check/node-kernel");
    kernelFactory = await createNodeKernelFactory(datasetsDir);
  }
  const { problems, summary } = await checkCourse({
    root,
    kernelFactory,
    onLesson: validateOnly
      ? undefined
      : (file, count, ms) => console.log(`${count === 0 ? "  ok  " : " FAIL "} ${file} (${(ms / 1000).toFixed(1)} s)`),
  });
  if (problems.length > 0) console.log("");
  for (const p of problems) console.log(formatProblem(p));
  const s = summary;
  const what = validateOnly ? "Validated" : "Checked";
  console.log(
    `\n${what} ${count(s.lessons, "lesson")}, ${count(s.cells, "cell")}, ${count(s.exercises, "exercise")}, ` +
      `${count(s.quizQuestions, "quiz question")} in ${(s.durationMs / 1000).toFixed(1)} s: ` +
      `${problems.length === 0 ? "all good" : count(problems.length, "problem")}.`,
  );
  return problems.length === 0 ? 0 : 1;
}

process.exitCode = await main();
