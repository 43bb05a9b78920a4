import type { ReactNode } from "react";
import type { CheckOutcome } from "./exercise-check";
import styles from "./exercise.module.css";

/** The check's verdict, announced politely to screen readers. */
export function CheckResult({ id, outcome }: { id: string; outcome: CheckOutcome | null }) {
  return (
    <div id={id} role="status" aria-live="polite">
      {outcome && (
        <p className={outcome.passed ? styles.pass : styles.fail} data-testid="exercise-result">
          <span aria-hidden="true">{outcome.passed ? "✓ " : "✗ "}</span>
          {outcome.message}
        </p>
      )}
      <noscript><p className={styles.muted}>Check runs your code in this page: it needs JavaScript.</p></noscript>
    </div>
  );
}

/** The hints revealed so far, numbered. */
export function HintList({ hints, shown }: { hints: ReactNode[]; shown: number }) {
  if (shown === 0) return null;
  return (
    <ol className={styles.hints} aria-label="Hints">
      {hints.slice(0, shown).map((hint, i) => (
        <li key={i} className={styles.hint}><span className={styles.hintLabel}>Hint {i + 1}</span>{hint}</li>
      ))}
    </ol>
  );
}

export type SolutionState = "hidden" | "confirming" | "shown";

interface SolutionProps {
  state: SolutionState;
  solution: ReactNode;
  onShow: () => void;
  onKeepTrying: () => void;
}

/** "Show it anyway?" before the solution, then the solution itself. */
export function SolutionReveal({ state, solution, onShow, onKeepTrying }: SolutionProps) {
  if (state === "confirming") {
    return (
      <div className={styles.confirm} role="group" aria-label="Show the solution?">
        <p>You learn more by trying first. Show the solution anyway?</p>
        <button type="button" className={styles.secondary} onClick={onShow}>Yes, show it</button>
        <button type="button" className={styles.quiet} onClick={onKeepTrying}>Keep trying</button>
      </div>
    );
  }
  if (state === "shown") {
    return (
      <div className={styles.solution} data-testid="exercise-solution">
        <p className={styles.solutionLabel}>Solution</p>
        {solution}
      </div>
    );
  }
  return null;
}
