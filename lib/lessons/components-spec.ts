/**
 * The components authors may use in a lesson, with the attributes each accepts. The compiler
 * rejects anything else with the file and line, and components/lessons/mdx-components.tsx must
 * provide every name listed here (its test checks that).
 */
export const AUTHOR_COMPONENTS = {
  Exercise: { attributes: ["id", "title", "timeLimit"], required: ["id"] },
  Hint: { attributes: [], required: [] },
  Quiz: { attributes: ["questions"], required: [] },
  Callout: { attributes: ["type", "title"], required: [] },
  Figure: { attributes: ["src", "alt", "caption", "width"], required: ["src", "alt"] },
} as const satisfies Record<string, { attributes: readonly string[]; required: readonly string[] }>;

export type AuthorComponent = keyof typeof AUTHOR_COMPONENTS;

/** Elements the compiler itself emits; authors write fences instead. */
export const GENERATED_COMPONENTS = ["Cell", "ExerciseSolution"] as const;

export const CALLOUT_TYPES = ["note", "tip", "warning", "misconception"] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

/** Lowercase HTML is allowed in MDX, except elements that would run or embed foreign code. */
export const FORBIDDEN_HTML = new Set(["script", "style", "iframe", "object", "embed", "form"]);

export function isAuthorComponent(name: string): name is AuthorComponent {
  return Object.hasOwn(AUTHOR_COMPONENTS, name);
}
