import type { MdNode } from "./mdx-nodes";
import type { LessonStructure } from "./structure";

export interface LessonPluginOptions {
  /** The file name used in problems. */
  file: string;
  /** Filled in while the tree is transformed. */
  structure: LessonStructure;
  /**
   * The ids of the lesson's quiz questions; null when it has no quiz file; "unreadable" when the
   * quiz file has problems of its own (reported once, so references to it are not checked).
   */
  quizQuestionIds: readonly string[] | null | "unreadable";
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
