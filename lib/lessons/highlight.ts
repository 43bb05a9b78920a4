import "server-only";
import { getSingletonHighlighter } from "shiki";

// The high-contrast variant: plain github-light keywords miss WCAG AA (4.5:1) on the cell background.
export const CODE_THEME = "github-light-high-contrast";
const MAX_ENTRIES = 2_000;
const cache = new Map<string, string>();

/**
 * A cell's source highlighted like the lesson's static code, as the inner HTML of the notebook's
 * <pre> (the notebook shows it until the learner edits the cell). Shares shiki's singleton with
 * the MDX pipeline.
 */
export async function highlightCellSource(source: string): Promise<string> {
  const hit = cache.get(source);
  if (hit !== undefined) return hit;
  const highlighter = await getSingletonHighlighter({ themes: [CODE_THEME], langs: ["ts"] });
  const html = highlighter.codeToHtml(source, { lang: "ts", theme: CODE_THEME }).replace(/^<pre[^>]*>/, "").replace(/<\/pre>\s*$/, "");
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(source, html);
  return html;
}
