"use client";
import { useEffect, useState } from "react";
import type { CellState } from "./cell-store";
import styles from "./cell.module.css";

interface CellMetaProps {
  cellId: string;
  state: CellState | undefined;
  onStop(): void;
  onReset(): void;
}

function formatDuration(ms: number): string {
  return ms < 1_000 ? `${Math.round(ms)} ms` : `${(ms / 1_000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

/** Seconds since the run started, ticking; nothing during the first second. */
function Elapsed({ since }: { since: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.floor((now - since) / 1_000);
  return seconds >= 1 ? <span aria-hidden="true">{seconds} s</span> : null;
}

/** Status, duration, tensor change and the edit state of one cell. */
export function CellMeta({ state, onStop, onReset }: CellMetaProps) {
  const status = state?.status ?? "idle";
  const active = status === "running" || status === "queued";
  return (
    <div className={styles.meta}>
      <span data-testid="cell-status" className={styles.status} data-status={status}>
        {status}
      </span>
      {status === "running" && state?.startedAt != null && <Elapsed since={state.startedAt} />}
      {active && (
        <button type="button" className={styles.linkButton} onClick={onStop}>
          Stop
        </button>
      )}
      {state?.durationMs != null && !active && <span>{formatDuration(state.durationMs)}</span>}
      {state?.tensorDelta != null && !active && state.tensorDelta !== 0 && (
        <span className={state.leak ? styles.leak : undefined} title={`${state.numTensors ?? 0} tensors in memory`}>
          {state.tensorDelta > 0 ? "+" : ""}
          {state.tensorDelta} tensors
          {state.leak && " — possible memory leak: wrap temporary work in tf.tidy() or dispose() tensors you no longer need"}
        </span>
      )}
      {state?.edited && (
        <span className={styles.edited}>
          edited{" "}
          <button type="button" className={styles.linkButton} onClick={onReset} aria-label="Reset this cell to the lesson's code">
            Reset
          </button>
        </span>
      )}
    </div>
  );
}
