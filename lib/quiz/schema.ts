import { z } from "zod";
import { slugSchema } from "@/lib/ids";

/** Question and option ids are stored with every attempt, so they follow the lesson-id rules. */
export const quizIdSchema = slugSchema("rank-of-batch");

const text = z.string().trim().min(1, "must not be empty");

/** Misconception tags must be registered (misconceptions.yaml) when a registry is given. */
function misconceptionSchema(known: ReadonlySet<string> | null) {
  return quizIdSchema.refine((tag) => !known || known.has(tag), {
    error: (issue) => `unknown misconception tag "${String(issue.input)}" (add it to misconceptions.yaml first)`,
  });
}

function optionsSchema(known: ReadonlySet<string> | null) {
  const option = z.strictObject({
    id: quizIdSchema,
    text,
    correct: z.boolean().default(false),
    feedback: text.optional(),
    misconception: misconceptionSchema(known).optional(),
  });
  return z
    .array(option)
    .min(2, "needs at least two options")
    .superRefine((options, ctx) => {
      const seen = new Set<string>();
      options.forEach((o, i) => {
        if (seen.has(o.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: `duplicate option id "${o.id}"` });
        seen.add(o.id);
        if (o.correct && o.misconception) {
          ctx.addIssue({ code: "custom", path: [i, "misconception"], message: "only wrong options carry a misconception" });
        }
      });
    });
}

function questionSchema(known: ReadonlySet<string> | null) {
  const base = { id: quizIdSchema, prompt: text, explanation: text };
  const single = z.strictObject({ ...base, type: z.literal("single"), options: optionsSchema(known) }).superRefine((q, ctx) => {
    const n = q.options.filter((o) => o.correct).length;
    if (n !== 1) ctx.addIssue({ code: "custom", path: ["options"], message: `a single-choice question needs exactly one correct option (found ${n})` });
  });
  const multiple = z.strictObject({ ...base, type: z.literal("multiple"), options: optionsSchema(known) }).superRefine((q, ctx) => {
    if (!q.options.some((o) => o.correct)) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "a multiple-choice question needs at least one correct option" });
    }
  });
  const trueFalse = z.strictObject({
    ...base,
    type: z.literal("truefalse"),
    answer: z.boolean({ error: "answer must be true or false" }),
    feedback: z.strictObject({ true: text.optional(), false: text.optional() }).optional(),
    misconception: misconceptionSchema(known).optional(),
  });
  const numeric = z.strictObject({
    ...base,
    type: z.literal("numeric"),
    answer: z.number({ error: "answer must be a number" }),
    tolerance: z.number().min(0).default(0),
  });
  return z.discriminatedUnion("type", [single, multiple, trueFalse, numeric], {
    error: 'type must be one of single, multiple, truefalse, numeric',
  });
}

/** The quiz file schema; pass the registered misconception tags to check them too. */
export function createQuizSpecSchema(knownMisconceptions: ReadonlySet<string> | null = null) {
  return z.strictObject({
    questions: z
      .array(questionSchema(knownMisconceptions))
      .min(1, "a quiz needs at least one question")
      .superRefine((questions, ctx) => {
        const seen = new Set<string>();
        questions.forEach((q, i) => {
          if (seen.has(q.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: `duplicate question id "${q.id}"` });
          seen.add(q.id);
        });
      }),
  });
}

export const quizSpecSchema = createQuizSpecSchema();
export type QuizSpec = z.infer<typeof quizSpecSchema>;
export type QuizQuestion = QuizSpec["questions"][number];

/** What a learner may submit: an option id (single), option ids (multiple), a boolean or a number. */
export const quizAnswerSchema = z.union([
  z.string().min(1).max(100),
  z.array(z.string().min(1).max(100)).max(50),
  z.boolean(),
  z.number().finite(),
]);
export type QuizAnswer = z.infer<typeof quizAnswerSchema>;
