import "server-only";
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { QuizSpec } from "@/lib/quiz/schema";
import { parseFrontmatter, type LessonFrontmatter } from "./frontmatter";
import type { LessonProblem } from "./problems";
import { parseGlossary, type GlossaryTerm } from "./glossary";
import { parseMisconceptions, parseQuizFile } from "./quiz-file";
import { stageIndex } from "./stages";

export interface LessonRecord {
  id: string;
  /** Path shown in problems, relative to the working directory. */
  file: string;
  source: string;
  /** Content hash of the MDX: the notebook ties saved edits to it. */
  version: string;
  meta: LessonFrontmatter;
  metaLines: { [K in keyof LessonFrontmatter]?: number };
  quiz: QuizSpec | null;
  quizFile: string | null;
  /** Hash of the quiz file ("" without one): compiled output depends on which question ids exist. */
  quizVersion: string;
  /** Problems found before compiling (quiz file, prerequisites); the page shows them instead of the lesson. */
  problems: LessonProblem[];
}

export interface Course {
  root: string;
  /** Valid lessons, in course order (stage, then order). */
  lessons: LessonRecord[];
  /** Problems that belong to no single loadable lesson (bad frontmatter, duplicate ids…). */
  problems: LessonProblem[];
  misconceptions: Map<string, string>;
  /** lessons/glossary.yaml, sorted by term ([] when the course has none). */
  glossary: GlossaryTerm[];
}

const hash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 12);
const displayPath = (abs: string) => path.relative(process.cwd(), abs).split(path.sep).join("/");

async function readOptional(file: string): Promise<string | null> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

async function loadLesson(abs: string, tags: Map<string, string>, problems: LessonProblem[]): Promise<LessonRecord | null> {
  const file = displayPath(abs);
  const source = await readFile(abs, "utf8");
  const fm = parseFrontmatter(source, file);
  if (!fm.ok) {
    problems.push(...fm.problems);
    return null;
  }
  const quizAbs = abs.replace(/\.mdx$/, ".quiz.yaml");
  const quizText = await readOptional(quizAbs);
  const record: LessonRecord = {
    id: fm.data.id, file, source, version: hash(source), meta: fm.data, metaLines: fm.lines,
    quiz: null, quizFile: quizText === null ? null : displayPath(quizAbs), quizVersion: quizText === null ? "" : hash(quizText),
    problems: [],
  };
  if (quizText !== null && record.quizFile) {
    const quiz = parseQuizFile(quizText, record.quizFile, tags);
    if (quiz.ok) record.quiz = quiz.spec;
    else record.problems.push(...quiz.problems);
  }
  return record;
}

/** Reads every lesson under `root`, validates frontmatter and quizzes, and orders the course. */
export async function scanCourse(root: string): Promise<Course> {
  const problems: LessonProblem[] = [];
  const registryFile = path.join(root, "misconceptions.yaml");
  const registryText = await readOptional(registryFile);
  const registry = parseMisconceptions(registryText ?? "", displayPath(registryFile));
  problems.push(...registry.problems);

  const entries = (await readdir(root, { recursive: true })).map((e) => e.split(path.sep).join("/")).sort();
  const mdx = entries.filter((e) => e.endsWith(".mdx"));
  for (const quiz of entries.filter((e) => e.endsWith(".quiz.yaml"))) {
    if (!mdx.includes(quiz.replace(/\.quiz\.yaml$/, ".mdx"))) {
      problems.push({ file: displayPath(path.join(root, quiz)), reason: "a quiz file needs a lesson of the same name (.mdx) beside it" });
    }
  }
  const loaded = await Promise.all(mdx.map((e) => loadLesson(path.join(root, e), registry.tags, problems)));
  const lessons = loaded.filter((l): l is LessonRecord => l !== null);
  lessons.sort((a, b) => stageIndex(a.meta.stage) - stageIndex(b.meta.stage) || a.meta.order - b.meta.order || a.id.localeCompare(b.id));
  crossCheck(lessons, problems);
  const glossaryFile = path.join(root, "glossary.yaml");
  const glossaryText = await readOptional(glossaryFile);
  const glossary = glossaryText === null ? { terms: [], problems: [] } : parseGlossary(glossaryText, displayPath(glossaryFile), new Set(lessons.map((l) => l.id)));
  problems.push(...glossary.problems);
  return { root, lessons, problems, misconceptions: registry.tags, glossary: glossary.terms };
}

/** Checks that need the whole course: unique ids and orders, prerequisites that exist. */
function crossCheck(lessons: LessonRecord[], problems: LessonProblem[]): void {
  const byId = new Map<string, LessonRecord>();
  const byPlace = new Map<string, LessonRecord>();
  for (const l of lessons) {
    const first = byId.get(l.id);
    if (first) problems.push({ file: l.file, line: l.metaLines.id, reason: `the id "${l.id}" is already used by ${first.file}` });
    else byId.set(l.id, l);
    const place = `${l.meta.stage}#${l.meta.order}`;
    const same = byPlace.get(place);
    if (same) problems.push({ file: l.file, line: l.metaLines.order, reason: `order ${l.meta.order} in stage ${l.meta.stage} is also used by ${same.file}` });
    else byPlace.set(place, l);
  }
  for (const l of lessons) {
    for (const p of l.meta.prerequisites) {
      if (p === l.id) l.problems.push({ file: l.file, line: l.metaLines.prerequisites, reason: "a lesson cannot be its own prerequisite" });
      else if (!byId.has(p)) l.problems.push({ file: l.file, line: l.metaLines.prerequisites, reason: `the prerequisite "${p}" is not a lesson id` });
    }
  }
}
