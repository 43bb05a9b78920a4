"use client";

import { useState, type ReactNode } from "react";
import { runExerciseCheck, type CheckOutcome } from "./exercise-check";
import { CheckResult, HintList, SolutionReveal, type SolutionState } from "./ExerciseFeedback";
import { useLessonProgress } from "./lesson-progress";
import { useNotebook } from "./notebook";
import styles from "./exercise.module.css";

interface CheckSpec {
  id: string;
  cellId: string;
  starter: string;
  check: string;
  timeLimitMs: number;
}

interface Props extends CheckSpec {
  title: string;
  hints: ReactNode[];
  solution: ReactNode;
  cell: ReactNode;
  children: ReactNode;
}

/** Runs the exercise's check in the page's kernel and records the attempt. */
function useExerciseCheck({ id, cellId, starter, check, timeLimitMs }: CheckSpec) {
  const notebook = useNotebook();
  const lesson = useLessonProgress();
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [checking, setChecking] = useState(false);

  async function runCheck() {
    setChecking(true);
    setOutcome(null);
    let result: CheckOutcome;
    try {
      result = await runExerciseCheck(notebook, { cellId, starter, check, timeLimitMs });
    } catch (error) {
      result = { passed: false, message: `The check could not run: ${error instanceof Error ? error.message : String(error)}` };
    }
    setOutcome(result);
    setChecking(false);
    lesson.record({ type: "exercise-check", exerciseId: id, passed: result.passed });
    if (result.passed) lesson.refreshWhenSaved();
  }
  return { outcome, checking, runCheck };
}

export function ExercisePanel({ title, hints, solution, cell, children, ...spec }: Props) {
  const { id } = spec;
  const lesson = useLessonProgress();
  const { outcome, checking, runCheck } = useExerciseCheck(spec);
  const [hintsShown, setHintsShown] = useState(0);
  const [solutionState, setSolutionState] = useState<SolutionState>("hidden");
  const headingId = `exercise-${id}-title`;

  function showHint() {
    lesson.record({ type: "hint-viewed", exerciseId: id, hint: hintsShown + 1 });
    setHintsShown(hintsShown + 1);
  }

  function showSolution() {
    lesson.record({ type: "solution-viewed", exerciseId: id });
    setSolutionState("shown");
  }

  return (
    <section className={styles.exercise} id={`exercise-${id}`} aria-labelledby={headingId} data-testid={`exercise-${id}`}>
      <header className={styles.header}>
        <span className={styles.badge}>Exercise</span>
        <h3 id={headingId} className={styles.title}>{title}</h3>
      </header>
      <div className={styles.task}>{children}</div>
      {cell}
      <div className={styles.actions}>
        <button type="button" className={styles.primary} onClick={runCheck} disabled={checking} aria-describedby={`${headingId}-result`}>
          {checking ? "Checking…" : "Check"}
        </button>
        {hintsShown < hints.length && (
          <button type="button" className={styles.secondary} onClick={showHint}>
            {hintsShown === 0 ? "Show a hint" : "Next hint"} ({hintsShown + 1} of {hints.length})
          </button>
        )}
        {solution && solutionState === "hidden" && (
          <button type="button" className={styles.quiet} onClick={() => setSolutionState("confirming")}>Show solution</button>
        )}
      </div>
      <CheckResult id={`${headingId}-result`} outcome={outcome} />
      <HintList hints={hints} shown={hintsShown} />
      <SolutionReveal state={solutionState} solution={solution} onShow={showSolution} onKeepTrying={() => setSolutionState("hidden")} />
    </section>
  );
}
