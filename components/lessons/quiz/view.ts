import { inlineMarkdownToHtml } from "@/lib/quiz/inline";
import type { PublicQuestion } from "@/lib/quiz/public";

/** A public question with its text rendered to HTML on the server (no keys: built from PublicQuestion). */
export type QuestionView =
  | { id: string; type: "single" | "multiple"; promptHtml: string; options: Array<{ id: string; html: string }> }
  | { id: string; type: "truefalse"; promptHtml: string }
  | { id: string; type: "numeric"; promptHtml: string };

export function toQuestionView(q: PublicQuestion): QuestionView {
  const promptHtml = inlineMarkdownToHtml(q.prompt);
  if (q.type === "single" || q.type === "multiple") {
    return { id: q.id, type: q.type, promptHtml, options: q.options.map((o) => ({ id: o.id, html: inlineMarkdownToHtml(o.text) })) };
  }
  return q.type === "truefalse" ? { id: q.id, type: "truefalse", promptHtml } : { id: q.id, type: "numeric", promptHtml };
}
