import type { LessonProblem } from "./problems";

/** A piece of code from the lesson file; `line` is the line of its opening fence. */
export interface Snippet {
  source: string;
  line: number;
}

export interface CellBlock extends Snippet {
  kind: "cell";
  /** 1-based position among the lesson's cells, as the check reports it. */
  index: number;
  cellId: string;
  timeLimitMs: number;
  readOnly: boolean;
  /** The lesson check expects this cell's warning notice (and fails when there is none). */
  expectNotice: boolean;
}

export interface ExerciseBlock {
  kind: "exercise";
  id: string;
  title: string;
  /** The notebook cell that holds the learner's editable copy of the starter. */
  cellId: string;
  line: number;
  timeLimitMs: number;
  starter: Snippet;
  solution: Snippet;
  check: Snippet;
  wrong: Snippet[];
  hints: number;
}

export interface TocHeading {
  depth: 2 | 3;
  text: string;
  slug: string;
}

/** What the compiler learns about a lesson while transforming it: used by the page and the check. */
export interface LessonStructure {
  setup: Snippet[];
  /** Cells and exercises in document order. */
  blocks: Array<CellBlock | ExerciseBlock>;
  headings: TocHeading[];
  /** Every `<Quiz>` placement; `questions` is null when it places the whole quiz. */
  quizPlacements: Array<{ line: number; questions: string[] | null }>;
  problems: LessonProblem[];
}

export function emptyStructure(): LessonStructure {
  return { setup: [], blocks: [], headings: [], quizPlacements: [], problems: [] };
}

export function setupSource(structure: LessonStructure): string {
  return structure.setup.map((s) => s.source).join("\n\n");
}

export const DEFAULT_TIME_LIMIT_MS = 60_000;
export const MAX_TIME_LIMIT_S = 600;
