import { AUTHOR_COMPONENTS, CALLOUT_TYPES, type AuthorComponent } from "./components-spec";
import { attr, attributeNames, stringArrayAttr, type MdNode } from "./mdx-nodes";
import { SLUG, SLUG_RULE } from "@/lib/ids";
import type { LessonContext } from "./lesson-context";

/** Checks one author component's attributes; every problem names the attribute and the fix. */
export function validateJsx(ctx: LessonContext, node: MdNode, name: AuthorComponent): void {
  const spec = AUTHOR_COMPONENTS[name];
  const allowed: readonly string[] = spec.attributes;
  for (const a of attributeNames(node)) {
    if (!allowed.includes(a)) {
      const takes = allowed.length ? `it takes ${allowed.join(", ")}` : "it takes none";
      ctx.problem(node, `<${name}> does not take the attribute "${a}" (${takes})`);
    }
  }
  for (const a of spec.required) {
    if (attr(node, a) === undefined) ctx.problem(node, `<${name}> needs a ${a}="…" attribute`);
  }
  for (const a of allowed) {
    const value = attr(node, a);
    if (value !== undefined && typeof value !== "string" && !(name === "Quiz" && a === "questions")) {
      ctx.problem(node, `<${name}> ${a} must be a quoted value, like ${a}="…"`);
    }
  }
  if (name === "Callout") checkCallout(ctx, node);
  if (name === "Exercise") checkExercise(ctx, node);
  if (name === "Figure") checkNumber(ctx, node, name, "width");
  if (name === "Quiz") checkQuiz(ctx, node);
}

function checkCallout(ctx: LessonContext, node: MdNode): void {
  const type = attr(node, "type");
  if (typeof type === "string" && !(CALLOUT_TYPES as readonly string[]).includes(type)) {
    ctx.problem(node, `<Callout> type must be one of ${CALLOUT_TYPES.join(", ")} (found "${type}")`);
  }
}

function checkExercise(ctx: LessonContext, node: MdNode): void {
  const id = attr(node, "id");
  if (typeof id === "string" && !SLUG.test(id)) {
    ctx.problem(node, `<Exercise> id must be ${SLUG_RULE} (found "${id}")`);
  }
  checkNumber(ctx, node, "Exercise", "timeLimit");
}

function checkNumber(ctx: LessonContext, node: MdNode, name: string, a: string): void {
  const value = attr(node, a);
  if (typeof value === "string" && !(Number(value) > 0)) {
    ctx.problem(node, `<${name}> ${a} must be a positive number (found "${value}")`);
  }
}

function checkQuiz(ctx: LessonContext, node: MdNode): void {
  const line = node.position?.start.line ?? 0;
  const raw = attr(node, "questions");
  const questions = raw === undefined ? null : stringArrayAttr(node, "questions");
  if (raw !== undefined && questions === null) {
    ctx.problem(node, '<Quiz> questions must be a list of question ids, like questions={["q-one", "q-two"]}');
    return;
  }
  ctx.structure.quizPlacements.push({ line, questions });
  if (ctx.quizQuestionIds === null) {
    ctx.problem(node, "<Quiz> is used but this lesson has no quiz file (put <lesson>.quiz.yaml beside it)");
    return;
  }
  // The quiz file's own problem is the one to fix; checking references against it would only mislead.
  if (ctx.quizQuestionIds === "unreadable") return;
  for (const id of questions ?? []) {
    if (!ctx.quizQuestionIds.includes(id)) ctx.problem(node, `<Quiz> refers to the question "${id}", which the quiz file does not have`);
  }
}
