import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";

/**
 * Reads the real lesson the spec uses, so the spec follows the content instead of hard-coding it.
 * The content writers own `lessons/1-understanding-neural-networks/01-tensors.*` (id "tensors").
 */
export const LESSON_ID = "tensors";
const BASE = path.resolve("lessons/1-understanding-neural-networks/01-tensors");

interface Option {
  id: string;
  text: string;
  correct?: boolean;
  feedback?: string;
  misconception?: string;
}
interface Question {
  id: string;
  type: string;
  prompt: string;
  options?: Option[];
  feedback?: Record<string, string>;
  misconception?: string;
  explanation: string;
}

export function readQuiz(): Question[] {
  return (parse(fs.readFileSync(`${BASE}.quiz.yaml`, "utf8")) as { questions: Question[] }).questions;
}

/** The first exercise of the lesson: its id and solution code. */
export function readFirstExercise(): { id: string; solution: string } {
  const mdx = fs.readFileSync(`${BASE}.mdx`, "utf8");
  const match = /<Exercise[^>]*\bid="([^"]+)"[\s\S]*?```ts solution\n([\s\S]*?)\n```/.exec(mdx);
  if (!match) throw new Error("the tensors lesson has no exercise with a solution");
  return { id: match[1]!, solution: match[2]! };
}

/**
 * Distinctive pieces of every secret in the quiz file (feedback, explanations, misconception tags):
 * the longest run of plain characters in each, so HTML and JSON escaping cannot hide a leak.
 */
export function secretProbes(questions: Question[]): string[] {
  const secrets = questions.flatMap((q) => [
    q.explanation,
    ...Object.values(q.feedback ?? {}),
    ...(q.misconception ? [q.misconception] : []),
    ...(q.options ?? []).flatMap((o) => [o.feedback ?? "", o.misconception ?? ""]),
  ]);
  return [...new Set(secrets.flatMap((s) => {
    const longest = s.split(/[^A-Za-z0-9 ,.;:()-]+/).sort((a, b) => b.length - a.length)[0]?.trim() ?? "";
    return longest.length >= 12 ? [longest] : [];
  }))];
}
