import type { QuizSpec } from "@/lib/quiz/schema";

/**
 * A stored answer in words: option texts for choice questions, True/False, or the number.
 * Answers to questions that have since changed fall back to the raw ids.
 */
export function describeAnswer(spec: QuizSpec | null, questionId: string, answer: unknown): string {
  const q = spec?.questions.find((x) => x.id === questionId);
  if (typeof answer === "boolean") return answer ? "True" : "False";
  if (typeof answer === "number") return String(answer);
  const ids = typeof answer === "string" ? [answer] : Array.isArray(answer) ? answer.map(String) : [];
  if (ids.length === 0) return JSON.stringify(answer) ?? "";
  const options = q && (q.type === "single" || q.type === "multiple") ? q.options : [];
  return ids.map((id) => options.find((o) => o.id === id)?.text ?? id).join("; ");
}

/** Quiz Markdown reduced to plain text, for chart labels and CSV cells. */
export function plainText(markdown: string): string {
  return markdown.replace(/`([^`]+)`/g, "$1").replace(/\*\*(.+?)\*\*/g, "$1").replace(/\*([^*]+)\*/g, "$1").replace(/\$([^$\n]+)\$/g, "$1");
}
