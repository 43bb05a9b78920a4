import type { ComponentProps } from "react";
import type { LessonComponentMap } from "@/lib/lessons/evaluate";
import type { QuizSpec } from "@/lib/quiz/schema";
import { Callout } from "./Callout";
import { Exercise } from "./Exercise";
import { Figure } from "./Figure";
import { ExerciseSolution, Hint } from "./Hint";
import { LessonCell } from "./LessonCell";
import { QuizBlock } from "./quiz/QuizBlock";
import styles from "./lesson-content.module.css";

export interface LessonRenderContext {
  lessonId: string;
  quiz: QuizSpec | null;
  signedIn: boolean;
}

/**
 * The one component map for lessons. Author components (Exercise, Hint, Quiz, Callout, Figure) and
 * the ones the compiler emits (Cell, ExerciseSolution); lib/lessons/components-spec.ts
 * lists the same names and the compiler rejects any other.
 */
export function createLessonComponents(ctx: LessonRenderContext): LessonComponentMap {
  return {
    Cell: LessonCell,
    Exercise,
    ExerciseSolution,
    Hint,
    Callout,
    Figure,
    Quiz: ({ questions }: { questions?: string[] }) => (
      <QuizBlock lessonId={ctx.lessonId} quiz={ctx.quiz} signedIn={ctx.signedIn} questions={questions} />
    ),
    // Wide tables scroll inside the text column instead of widening the page on phones.
    table: (props: ComponentProps<"table">) => (
      <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="Table">
        <table {...props} />
      </div>
    ),
  };
}
