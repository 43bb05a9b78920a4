import { CELL_LANGS, parseFenceMeta } from "./cell-meta";
import { FORBIDDEN_HTML, isAuthorComponent } from "./components-spec";
import { validateJsx } from "./jsx-rules";
import type { LessonContext, LessonPluginOptions } from "./lesson-context";
import { createSlugger, isJsx, jsxElement, lineOfNode, textOf, type MdNode } from "./mdx-nodes";
import { transformExercise } from "./remark-exercise";
import { DEFAULT_TIME_LIMIT_MS } from "./structure";

/**
 * The remark plugin behind every lesson: ```ts cell fences become <Cell> elements, ```ts setup
 * becomes the notebook's hidden setup, <Exercise> blocks are split into their parts, h2/h3 get
 * ids for the table of contents, and anything the platform cannot render is reported with its line.
 */
export function remarkLesson(options: LessonPluginOptions) {
  return (tree: unknown) => {
    const ctx: LessonContext = {
      ...options,
      cellCount: 0,
      ids: new Set(),
      slug: createSlugger(),
      problem(node, reason) {
        options.structure.problems.push({ file: options.file, line: node ? lineOfNode(node) : undefined, reason });
      },
      claimId(id, node) {
        if (ctx.ids.has(id)) ctx.problem(node, `the cell id "${id}" is used twice in this lesson`);
        ctx.ids.add(id);
      },
      visit: (parent, inExercise) => visitChildren(ctx, parent, inExercise),
    };
    visitChildren(ctx, tree as MdNode, false);
  };
}

function visitChildren(ctx: LessonContext, parent: MdNode, inExercise: boolean): void {
  if (!parent.children) return;
  const kept: MdNode[] = [];
  for (const node of parent.children) {
    const replacement = visitNode(ctx, node, inExercise);
    if (replacement) kept.push(replacement);
  }
  parent.children = kept;
}

function visitNode(ctx: LessonContext, node: MdNode, inExercise: boolean): MdNode | null {
  switch (node.type) {
    case "code":
      return visitCode(ctx, node, inExercise);
    case "heading":
      if (node.depth === 1) ctx.problem(node, "the title is the page's only # heading: start sections at ##");
      if (node.depth === 2 || node.depth === 3) {
        const text = textOf(node);
        const slug = ctx.slug(text);
        node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: slug } };
        ctx.structure.headings.push({ depth: node.depth, text, slug });
      }
      break;
    case "mdxjsEsm":
      // The frontmatter export added by mdx-bundler has no position; an author's import/export does.
      if (!node.position) return node;
      ctx.problem(node, "import and export are not supported in lessons: use the built-in components");
      return null;
    case "mdxFlowExpression":
    case "mdxTextExpression":
      if ((node.data?.estree?.body.length ?? 0) > 0) {
        ctx.problem(node, "JavaScript expressions in {…} are not supported in lessons (only {/* comments */})");
        return null;
      }
      return node;
  }
  if (isJsx(node)) return visitJsx(ctx, node, inExercise);
  ctx.visit(node, inExercise);
  return node;
}

function visitJsx(ctx: LessonContext, node: MdNode, inExercise: boolean): MdNode | null {
  const name = node.name;
  if (!name) {
    ctx.visit(node, inExercise);
    return node;
  }
  if (/^[a-z]/.test(name)) {
    if (FORBIDDEN_HTML.has(name)) ctx.problem(node, `<${name}> is not allowed in lessons`);
    ctx.visit(node, inExercise);
    return node;
  }
  if (!isAuthorComponent(name)) {
    ctx.problem(node, `unknown component <${name}> (use Exercise, Hint, Quiz, Callout or Figure)`);
    return null;
  }
  validateJsx(ctx, node, name);
  if (name === "Hint" && !inExercise) ctx.problem(node, "<Hint> belongs inside an <Exercise>");
  if (name === "Exercise") {
    if (inExercise) ctx.problem(node, "an <Exercise> cannot contain another <Exercise>");
    return transformExercise(ctx, node);
  }
  ctx.visit(node, inExercise);
  return node;
}

function visitCode(ctx: LessonContext, node: MdNode, inExercise: boolean): MdNode | null {
  const meta = parseFenceMeta(node.meta);
  if (!meta.role) return node;
  for (const error of meta.errors) ctx.problem(node, error);
  if (!CELL_LANGS.has(node.lang ?? "")) {
    ctx.problem(node, `\`${meta.role}\` blocks are TypeScript: start the fence with \`\`\`ts ${meta.role}`);
  }
  const source = node.value ?? "";
  const line = lineOfNode(node) ?? 0;
  if (meta.role !== "cell" && meta.role !== "setup") {
    ctx.problem(node, `a \`${meta.role}\` block belongs directly inside an <Exercise>`);
    return null;
  }
  if (inExercise) {
    ctx.problem(node, `a \`${meta.role}\` block cannot be inside an <Exercise> (use starter, solution, check or wrong)`);
    return null;
  }
  if (meta.role === "setup") {
    ctx.structure.setup.push({ source, line });
    return null;
  }
  const index = ++ctx.cellCount;
  const cellId = meta.id ?? `cell-${index}`;
  ctx.claimId(cellId, node);
  const timeLimitMs = meta.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  ctx.structure.blocks.push({ kind: "cell", index, cellId, source, line, timeLimitMs, readOnly: meta.readOnly, expectNotice: meta.expectNotice });
  const attributes: Record<string, string> = { cellId, source, timeLimitMs: String(timeLimitMs) };
  if (meta.readOnly) attributes.readOnly = "true";
  return jsxElement("Cell", attributes, [], node);
}
