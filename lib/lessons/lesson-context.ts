import type { MdNode } from "./mdx-nodes";
import type { LessonStructure } from "./structure";

export interface LessonPluginOptions {
  /** The file name used in problems. */
  file: string;
  /** Filled in while the tree is transformed. */
  structure: LessonStructure;
  /** The ids of the lesson's quiz questions, or null when it has no quiz file. */
  quizQuestionIds: readonly string[] | null;
}

/**
 * Shared state of one lesson transform (remark-lesson.ts), handed to the rules for JSX and
 * exercises: numbering, id uniqueness and where problems go.
 */
export interface LessonContext extends LessonPluginOptions {
  cellCount: number;
  ids: Set<string>;
  slug: (text: string) => string;
  problem(node: MdNode | undefined, reason: string): void;
  claimId(id: string, node: MdNode): void;
  visit(parent: MdNode, inExercise: boolean): void;
}
