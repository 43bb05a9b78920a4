import { z } from "zod";
import { SLUG, SLUG_RULE } from "@/lib/ids";
import type { LessonProblem } from "./problems";
import { parseYaml, zodProblems } from "./yaml-source";

/**
 * The course glossary (lessons/glossary.yaml): every term defined once, in plain text. /glossary
 * shows it; each lesson lists the terms its prose uses, found by whole-word, case-insensitive
 * matches of the term or its aliases outside code, math and JSX.
 */
export interface GlossaryTerm {
  id: string;
  term: string;
  aliases: string[];
  definition: string;
  /** The lesson that teaches the term, when one does. */
  lesson?: string;
}

const entrySchema = z.strictObject({
  term: z.string().trim().min(1, "give the term"),
  aliases: z.array(z.string().trim().min(1)).default([]),
  definition: z
    .string()
    .trim()
    .min(10, "define the term in a sentence or more")
    .refine((text) => !/[<>]/.test(text), "definitions are plain text: no HTML or JSX"),
  lesson: z.string().regex(SLUG).optional(),
});

const glossarySchema = z.record(z.string().regex(SLUG, `term ids are ${SLUG_RULE}`), entrySchema);

export function parseGlossary(text: string, file: string, lessonIds: ReadonlySet<string>): { terms: GlossaryTerm[]; problems: LessonProblem[] } {
  const yaml = parseYaml(text, file);
  if (!yaml.ok) return { terms: [], problems: yaml.problems };
  const parsed = glossarySchema.safeParse(yaml.value ?? {});
  if (!parsed.success) return { terms: [], problems: zodProblems(parsed.error, yaml.source, file) };
  const problems: LessonProblem[] = [];
  const names = new Map<string, string>();
  const terms = Object.entries(parsed.data).map(([id, entry]) => ({ id, ...entry }));
  for (const t of terms) {
    if (t.lesson && !lessonIds.has(t.lesson)) problems.push({ file, reason: `glossary term "${t.id}": the lesson "${t.lesson}" does not exist` });
    for (const name of [t.term, ...t.aliases].map((n) => n.toLowerCase())) {
      const owner = names.get(name);
      if (owner && owner !== t.id) problems.push({ file, reason: `glossary term "${t.id}": "${name}" is already a name of "${owner}"` });
      else names.set(name, t.id);
    }
  }
  terms.sort((a, b) => a.term.localeCompare(b.term, "en", { sensitivity: "base" }));
  return { terms, problems };
}

/** A lesson's prose: the MDX without frontmatter, fenced code, inline code, math, JSX tags and link targets. */
export function proseOf(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, "")
    .replace(/^(```|~~~)[\s\S]*?^\1\s*$/gm, " ")
    .replace(/\$\$[\s\S]*?\$\$/g, " ")
    .replace(/\$[^$\n]*\$/g, " ")
    .replace(/`[^`\n]*`/g, " ")
    .replace(/<\/?[A-Za-z][^>]*>/g, " ")
    .replace(/\]\([^)]*\)/g, "]");
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One whole-word, case-insensitive pattern per term (its name or any alias), built once per glossary. */
const patterns = new WeakMap<readonly GlossaryTerm[], RegExp[]>();
/** Results per glossary and lesson source: lesson pages ask on every request, the source rarely changes. */
const used = new WeakMap<readonly GlossaryTerm[], Map<string, GlossaryTerm[]>>();
const MAX_CACHED_SOURCES = 500;

function patternsOf(terms: readonly GlossaryTerm[]): RegExp[] {
  let list = patterns.get(terms);
  if (!list) {
    list = terms.map((t) => new RegExp(`(?<![\\w-])(?:${[t.term, ...t.aliases].map(escapeRegExp).join("|")})(?![\\w-])`, "i"));
    patterns.set(terms, list);
  }
  return list;
}

/** The glossary terms a lesson's prose uses, in glossary order. */
export function termsUsedIn(source: string, terms: readonly GlossaryTerm[]): GlossaryTerm[] {
  let bySource = used.get(terms);
  if (!bySource) used.set(terms, (bySource = new Map()));
  const cached = bySource.get(source);
  if (cached) return cached;
  const prose = proseOf(source);
  const list = patternsOf(terms);
  const found = terms.filter((_, i) => list[i]!.test(prose));
  if (bySource.size >= MAX_CACHED_SOURCES) bySource.clear();
  bySource.set(source, found);
  return found;
}
