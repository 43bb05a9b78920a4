import { z } from "zod";
import { lessonIdSchema } from "@/lib/ids";
import { completionRuleSchema } from "@/lib/progress/completion";
import type { LessonProblem } from "./problems";
import { stageSchema } from "./stages";
import { lineOf, parseYaml, zodProblems } from "./yaml-source";

const frontmatterSchema = z.strictObject({
  id: lessonIdSchema,
  title: z.string().trim().min(1, "must not be empty").max(120),
  stage: stageSchema,
  order: z.number().int().min(0),
  summary: z.string().trim().min(1, "must not be empty").max(400),
  objectives: z.array(z.string().trim().min(1)).min(1, "list at least one objective"),
  minutes: z.number().int().min(1).max(600),
  prerequisites: z.array(lessonIdSchema).default([]),
  draft: z.boolean().default(false),
  /** When the lesson counts as complete; default: every exercise passed, every question answered. */
  completion: completionRuleSchema.optional(),
  /** Where to read more: the book chapter, the papers the lesson names. Shown at the lesson's end. */
  references: z
    .array(
      z.strictObject({
        cite: z.string().trim().min(5, "cite the work: authors (year), title, chapter or venue"),
        url: z.url({ protocol: /^https$/, error: "a reference's url must be an https:// address" }).optional(),
      }),
    )
    .default([]),
});

export type LessonFrontmatter = z.infer<typeof frontmatterSchema>;

export type FrontmatterParse =
  | { ok: true; data: LessonFrontmatter; lines: { [K in keyof LessonFrontmatter]?: number } }
  | { ok: false; problems: LessonProblem[] };

const FENCE = /^---\s*$/;

/** Reads the `---` block at the top of an MDX file and validates it; line numbers are the file's. */
export function parseFrontmatter(source: string, file: string): FrontmatterParse {
  const lines = source.split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? "")) {
    return { ok: false, problems: [{ file, line: 1, reason: "the file must start with a --- frontmatter block" }] };
  }
  const end = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (end < 0) return { ok: false, problems: [{ file, line: 1, reason: "the frontmatter block is not closed with ---" }] };

  const yaml = parseYaml(lines.slice(1, end).join("\n"), file, 1);
  if (!yaml.ok) return yaml;
  const parsed = frontmatterSchema.safeParse(yaml.value ?? {});
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error, yaml.source, file) };

  const fieldLines: { [key: string]: number | undefined } = {};
  for (const key of Object.keys(parsed.data)) fieldLines[key] = lineOf(yaml.source, [key]);
  return { ok: true, data: parsed.data, lines: fieldLines };
}
