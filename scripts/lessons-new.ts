/**
 * `npm run lessons:new -- <stage> <id> "<title>" [--root <dir>]`: writes a lesson and its quiz file
 * from the template (lib/lessons/new-lesson.ts) with the stage's next free order, marked as a
 * draft. The template passes `npm run lessons:check -- <id>` as written; change it from there.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { allowServerOnlyOutsideNext } from "./lib/server-only-outside-next";

allowServerOnlyOutsideNext();

const args = process.argv.slice(2);
const rootAt = args.indexOf("--root");
const root = path.resolve(rootAt >= 0 ? (args[rootAt + 1] ?? "lessons") : "lessons");
const [stageText, id, title] = rootAt >= 0 ? args.filter((_, i) => i !== rootAt && i !== rootAt + 1) : args;
const usage = 'Usage: npm run lessons:new -- <stage: 1-6, intro, misconceptions or faq> <id> "<title>"';

async function main(): Promise<number> {
  if (!stageText || !id || !title) {
    console.error(usage);
    return 2;
  }
  const { scanCourse } = await import("@/lib/lessons/discover");
  const { newLesson } = await import("@/lib/lessons/new-lesson");
  const { parseStage } = await import("@/lib/lessons/stages");
  const stage = parseStage(stageText);
  if (stage === null) {
    console.error(`"${stageText}" is not a stage. ${usage}`);
    return 2;
  }
  const made = newLesson(await scanCourse(root), stage, id, title);
  if ("error" in made) {
    console.error(`Not written: ${made.error}.`);
    return 1;
  }
  const files = [path.join(root, made.mdxPath), path.join(root, made.quizPath)];
  const taken = files.find((f) => existsSync(f));
  if (taken) {
    console.error(`Not written: ${path.relative(process.cwd(), taken)} exists already.`);
    return 1;
  }
  mkdirSync(path.dirname(files[0]!), { recursive: true });
  writeFileSync(files[0]!, made.mdx);
  writeFileSync(files[1]!, made.quiz);
  const shown = files.map((f) => path.relative(process.cwd(), f));
  console.log(`Wrote ${shown.join(" and ")} (order ${made.order}, a draft).`);
  console.log(`Next: npm run lessons:check -- ${id} --outputs, then look at it under npm run dev at /lessons/${id}.`);
  return 0;
}

process.exitCode = await main();
