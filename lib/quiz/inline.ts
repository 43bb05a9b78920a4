import katex from "katex";

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** Emphasis on already-escaped text: **bold** and *italic* (underscores are left alone: they are common in code names). */
function emphasis(s: string): string {
  return s.replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>").replace(/(^|[^*])\*([^*\s][^*]*?)\*(?!\*)/g, "$1<em>$2</em>");
}

/**
 * Quiz text (prompts, options, feedback, explanations) is one line of Markdown: `code`, **bold**,
 * *italic* and $math$. Rendered to HTML on the server so the browser needs neither a Markdown
 * parser nor KaTeX's JavaScript; everything else is escaped.
 */
export function inlineMarkdownToHtml(text: string): string {
  const parts = text.split(/(`[^`]+`|\$[^$\n]+\$)/g);
  return parts
    .map((part, i) => {
      if (i % 2 === 0) return emphasis(escapeHtml(part));
      if (part.startsWith("`")) return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      return katex.renderToString(part.slice(1, -1), { throwOnError: false, output: "htmlAndMathml" });
    })
    .join("");
}
