import { parseFenceMeta, type FenceRole } from "./cell-meta";
import { attr, isJsx, jsxElement, lineOfNode, type MdNode } from "./mdx-nodes";
import type { LessonContext } from "./lesson-context";
import { DEFAULT_TIME_LIMIT_MS, type Snippet } from "./structure";

type PartRole = Exclude<FenceRole, "cell" | "setup">;
const PART_ROLES: readonly PartRole[] = ["starter", "solution", "check", "wrong"];

/**
 * Splits an <Exercise> into its parts: the starter becomes the learner's editable cell, the check
 * runs after it, the solution stays as highlighted code (revealed on request), and `wrong` blocks
 * exist only for the lesson check. Hints and prose remain children.
 */
export function transformExercise(ctx: LessonContext, node: MdNode): MdNode {
  const idAttr = attr(node, "id");
  const id = typeof idAttr === "string" ? idAttr : `exercise-${ctx.structure.blocks.length + 1}`;
  const titleAttr = attr(node, "title");
  const title = typeof titleAttr === "string" ? titleAttr : "Exercise";
  const limitAttr = attr(node, "timeLimit");
  const timeLimitMs = typeof limitAttr === "string" && Number(limitAttr) > 0 ? Math.round(Number(limitAttr) * 1000) : DEFAULT_TIME_LIMIT_MS;

  const parts: Record<PartRole, Array<Snippet & { node: MdNode }>> = { starter: [], solution: [], check: [], wrong: [] };
  const rest: MdNode[] = [];
  for (const child of node.children ?? []) {
    const role = child.type === "code" ? parseFenceMeta(child.meta).role : null;
    if (role && (PART_ROLES as readonly string[]).includes(role)) {
      const meta = parseFenceMeta(child.meta);
      for (const error of meta.errors) ctx.problem(child, error);
      parts[role as PartRole].push({ source: child.value ?? "", line: lineOfNode(child) ?? 0, node: child });
    } else rest.push(child);
  }
  for (const role of ["starter", "solution", "check"] as const) {
    if (parts[role].length !== 1) {
      ctx.problem(node, `<Exercise id="${id}"> needs exactly one \`\`\`ts ${role} block (found ${parts[role].length})`);
    }
  }

  const cellId = `exercise-${id}`;
  ctx.claimId(cellId, node);
  const empty = { source: "", line: lineOfNode(node) ?? 0 };
  const [starter = empty, solution = empty, check = empty] = [parts.starter[0], parts.solution[0], parts.check[0]];
  const hints = rest.filter((c) => isJsx(c) && c.name === "Hint").length;
  ctx.structure.blocks.push({
    kind: "exercise",
    id,
    title,
    cellId,
    line: lineOfNode(node) ?? 0,
    timeLimitMs,
    starter: { source: starter.source, line: starter.line },
    solution: { source: solution.source, line: solution.line },
    check: { source: check.source, line: check.line },
    wrong: parts.wrong.map(({ source, line }) => ({ source, line })),
    hints,
  });

  const element = jsxElement(
    "Exercise",
    { id, title, cellId, starter: starter.source, check: check.source, timeLimitMs: String(timeLimitMs) },
    rest,
    node,
  );
  ctx.visit(element, true);
  // The solution stays in the tree as highlighted code, revealed on request.
  if (parts.solution[0]) {
    const code: MdNode = { ...parts.solution[0].node, lang: "ts", meta: null };
    element.children = [...(element.children ?? []), jsxElement("ExerciseSolution", {}, [code], code)];
  }
  return element;
}
