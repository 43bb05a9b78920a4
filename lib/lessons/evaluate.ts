import "server-only";
import * as React from "react";
import * as jsxRuntime from "react/jsx-runtime";
import type { ComponentType } from "react";

// The compiled MDX only refers to components by name; the map supplies them at render time.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LessonComponentMap = Record<string, ComponentType<any>>;
export type LessonContent = ComponentType<{ components: LessonComponentMap }>;

const MAX_ENTRIES = 300;
const cache = new Map<string, LessonContent>();

/**
 * Turns mdx-bundler's output into a component, on the server only: the MDX code (with its
 * frontmatter) never reaches the browser, which receives rendered HTML and client islands.
 */
export function getLessonContent(code: string): LessonContent {
  let content = cache.get(code);
  if (!content) {
    const mod = new Function("React", "_jsx_runtime", code)(React, jsxRuntime) as { default: LessonContent };
    content = mod.default;
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
    cache.set(code, content);
  }
  return content;
}
