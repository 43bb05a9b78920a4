"use client";

import { useState, type ReactNode } from "react";
import { runExerciseCheck, type CheckOutcome } from "./exercise-check";
import { useLessonProgress } from "./lesson-progress";
import { useNotebook } from "./notebook";
import styles from "./exercise.module.css";

interface Props {
  id: string;
  title: string;
  cellId: string;
  starter: string;
  check: string;
  timeLimitMs: number;
  hints: ReactNode[];
  solution: ReactNode;
  cell: ReactNode;
  children: ReactNode;
}

type SolutionState = "hidden" | "confirming" | "shown";

export function ExercisePanel({ id, title, cellId, starter, check, timeLimitMs, hints, solution, cell, children }: Props) {
  const notebook = useNotebook();
  const lesson = useLessonProgress();
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [checking, setChecking] = useState(false);
  const [hintsShown, setHintsShown] = useState(0);
  const [solutionState, setSolutionState] = useState<SolutionState>("hidden");
  const headingId = `exercise-${id}-title`;

  async function onCheck() {
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
        <button type="button" className={styles.primary} onClick={onCheck} disabled={checking} aria-describedby={`${headingId}-result`}>
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
      <div id={`${headingId}-result`} role="status" aria-live="polite">
        {outcome && (
          <p className={outcome.passed ? styles.pass : styles.fail} data-testid="exercise-result">
            <span aria-hidden="true">{outcome.passed ? "✓ " : "✗ "}</span>
            {outcome.message}
          </p>
        )}
        <noscript><p className={styles.muted}>Check runs your code in this page: it needs JavaScript.</p></noscript>
      </div>
      {hintsShown > 0 && (
        <ol className={styles.hints} aria-label="Hints">
          {hints.slice(0, hintsShown).map((hint, i) => (
            <li key={i} className={styles.hint}><span className={styles.hintLabel}>Hint {i + 1}</span>{hint}</li>
          ))}
        </ol>
      )}
      {solutionState === "confirming" && (
        <div className={styles.confirm} role="group" aria-label="Show the solution?">
          <p>You learn more by trying first. Show the solution anyway?</p>
          <button type="button" className={styles.secondary} onClick={showSolution}>Yes, show it</button>
          <button type="button" className={styles.quiet} onClick={() => setSolutionState("hidden")}>Keep trying</button>
        </div>
      )}
      {solutionState === "shown" && (
        <div className={styles.solution} data-testid="exercise-solution">
          <p className={styles.solutionLabel}>Solution</p>
          {solution}
        </div>
      )}
    </section>
  );
}
