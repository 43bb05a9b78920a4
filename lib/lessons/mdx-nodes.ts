/**
 * A deliberately loose view of the mdast nodes MDX produces (markdown, JSX, expressions, math):
 * the plugin only reads a few fields, and the full union types add noise without safety here.
 */
export interface MdNode {
  type: string;
  children?: MdNode[];
  value?: string;
  lang?: string | null;
  meta?: string | null;
  depth?: number;
  name?: string | null;
  attributes?: MdAttribute[];
  position?: { start: { line: number; column: number } };
  data?: Record<string, unknown> & { estree?: EstreeProgram | null; hProperties?: Record<string, unknown> };
}

interface MdAttribute {
  type: "mdxJsxAttribute" | "mdxJsxExpressionAttribute";
  name?: string;
  value?: string | null | { type: "mdxJsxAttributeValueExpression"; value: string; data?: { estree?: EstreeProgram | null } };
}

interface EstreeProgram {
  body: Array<{ type: string; expression?: EstreeExpression }>;
}

interface EstreeExpression {
  type: string;
  value?: unknown;
  elements?: Array<EstreeExpression | null>;
}

export const isJsx = (n: MdNode): boolean => n.type === "mdxJsxFlowElement" || n.type === "mdxJsxTextElement";

export function lineOfNode(n: MdNode): number | undefined {
  return n.position?.start.line;
}

/** The attribute's value: a string, `true` for a bare attribute, an expression marker, or undefined. */
export function attr(n: MdNode, name: string): string | true | { expression: string } | undefined {
  const a = n.attributes?.find((x) => x.type === "mdxJsxAttribute" && x.name === name);
  if (!a) return undefined;
  if (a.value === null || a.value === undefined) return true;
  if (typeof a.value === "string") return a.value;
  return { expression: a.value.value };
}

/** Reads `{["a", "b"]}`: an array literal of strings, or null when it is anything else. */
export function stringArrayAttr(n: MdNode, name: string): string[] | null {
  const a = n.attributes?.find((x) => x.type === "mdxJsxAttribute" && x.name === name);
  if (!a || typeof a.value !== "object" || a.value === null) return null;
  const expr = a.value.data?.estree?.body[0]?.expression;
  if (expr?.type !== "ArrayExpression" || !expr.elements) return null;
  const items = expr.elements.map((e) => (e?.type === "Literal" && typeof e.value === "string" ? e.value : null));
  return items.every((x): x is string => x !== null) ? items : null;
}

export function attributeNames(n: MdNode): string[] {
  return (n.attributes ?? []).map((a) => (a.type === "mdxJsxAttribute" ? (a.name ?? "") : "{...spread}"));
}

/** A JSX element with string attributes (numbers and booleans are passed as strings and parsed by the component). */
export function jsxElement(name: string, attributes: Record<string, string>, children: MdNode[], like?: MdNode): MdNode {
  return {
    type: "mdxJsxFlowElement",
    name,
    attributes: Object.entries(attributes).map(([key, value]) => ({ type: "mdxJsxAttribute", name: key, value })),
    children,
    ...(like?.position ? { position: like.position } : {}),
  };
}

export function textOf(n: MdNode): string {
  if (n.type === "text" || n.type === "inlineCode" || n.type === "inlineMath") return n.value ?? "";
  return (n.children ?? []).map(textOf).join("");
}

/** GitHub-style heading slugs, numbered when repeated, so links to sections stay predictable. */
export function createSlugger(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text) => {
    const base = text.toLowerCase().trim().replace(/[^\p{L}\p{N}\s-]/gu, "").replace(/\s+/g, "-") || "section";
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  };
}
