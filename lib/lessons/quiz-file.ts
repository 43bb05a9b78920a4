import { z } from "zod";
import { SLUG, SLUG_RULE } from "@/lib/ids";
import { createQuizSpecSchema, type QuizSpec } from "@/lib/quiz/schema";
import type { LessonProblem } from "./problems";
import { parseYaml, zodProblems } from "./yaml-source";

export type QuizParse = { ok: true; spec: QuizSpec } | { ok: false; problems: LessonProblem[] };

/** Parses and validates a `<lesson>.quiz.yaml`, including that its misconception tags are registered. */
export function parseQuizFile(text: string, file: string, misconceptions: ReadonlyMap<string, string>): QuizParse {
  const yaml = parseYaml(text, file);
  if (!yaml.ok) return yaml;
  const parsed = createQuizSpecSchema(new Set(misconceptions.keys())).safeParse(yaml.value ?? {});
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error, yaml.source, file) };
  return { ok: true, spec: parsed.data };
}

const registrySchema = z.record(
  z.string().regex(SLUG, `tags are ${SLUG_RULE}`),
  z.string().trim().min(1, "describe the misconception"),
);

/** Reads misconceptions.yaml: tag -> one-line description. */
export function parseMisconceptions(text: string, file: string): { tags: Map<string, string>; problems: LessonProblem[] } {
  const yaml = parseYaml(text, file);
  if (!yaml.ok) return { tags: new Map(), problems: yaml.problems };
  const parsed = registrySchema.safeParse(yaml.value ?? {});
  if (!parsed.success) return { tags: new Map(), problems: zodProblems(parsed.error, yaml.source, file) };
  return { tags: new Map(Object.entries(parsed.data)), problems: [] };
}
