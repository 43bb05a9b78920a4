"use client";
import { useId, useRef, type RefObject } from "react";
import { useCellEditing, useCellModel, useCellPosition, useCellRegistration } from "./cell-hooks";
import { CellMeta } from "./CellMeta";
import { CodeView } from "./CodeView";
import { useCellState, useController } from "./context";
import { LazyEditor } from "./editor/LazyEditor";
import { cellModelPath } from "./editor/monaco-registry";
import { errorLine } from "./output-model";
import { OutputArea } from "./outputs/OutputArea";
import styles from "./cell.module.css";

export interface CellProps {
  /** Stable id: saved edits are keyed by it. */
  cellId: string;
  /** The lesson's code for this cell. */
  source: string;
  timeLimitMs?: number;
  readOnly?: boolean;
  /** Pre-highlighted HTML of `source` (server-made, trusted), shown until the cell is edited. */
  html?: string;
}

export function Cell({ cellId, source, timeLimitMs, readOnly = false, html }: CellProps) {
  const controller = useController();
  const state = useCellState(cellId);
  const rootRef = useRef<HTMLElement>(null);
  const codeRef = useRef<HTMLPreElement>(null);
  const runRef = useRef<HTMLButtonElement>(null);
  const position = useCellPosition(controller, cellId);
  const hintId = useId();
  const path = cellModelPath(cellId);
  const current = state?.source ?? source;
  const status = state?.status ?? "idle";
  const line = state ? errorLine(state.outputs) : null;
  const label = `Cell ${position ?? ""}`.trim();

  useCellRegistration(controller, cellId, { source, timeLimitMs, readOnly }, rootRef);
  useCellModel(path, current);

  const focusRequest = state?.focusRequest ?? 0;
  const { mode, activate } = useCellEditing(controller, cellId, { readOnly, focusRequest, rootRef, codeRef });
  const run = (advance: boolean) => {
    void controller.runCell(cellId);
    if (advance) controller.focusNext(cellId);
  };

  return (
    <section ref={rootRef} data-testid="cell" data-status={status} className={styles.cell} aria-label={label}>
      <CellGutter runRef={runRef} label={label} execCount={state?.execCount} onRun={() => run(false)} />
      <div className={styles.body}>
        {state?.stale && <StaleNote onReset={() => controller.resetCell(cellId)} />}
        <p id={hintId} className="visually-hidden">
          Enter edits the code, Shift+Enter runs it and moves to the next cell, Ctrl+Enter runs it. In the editor, Escape leaves it.
        </p>
        {mode === "editor" ? (
          <LazyEditor
            path={path}
            value={current}
            label={`Code of ${label.toLowerCase()}`}
            readOnly={readOnly}
            errorLine={line}
            focusRequest={focusRequest}
            onChange={(value) => controller.setSource(cellId, value)}
            onRun={() => run(false)}
            onRunAndAdvance={() => run(true)}
            onEscape={() => runRef.current?.focus()}
            onFocus={() => controller.kernel.setActiveCell(cellId)}
          />
        ) : (
          <CodeView
            ref={codeRef}
            source={current}
            html={state?.edited ? undefined : html}
            errorLine={line}
            label={`Code of ${label.toLowerCase()}`}
            hintId={hintId}
            loading={mode === "loading"}
            onActivate={activate}
            onRun={run}
            onFocus={() => controller.kernel.setActiveCell(cellId)}
          />
        )}
        <CellMeta cellId={cellId} state={state} onStop={() => controller.interrupt()} onReset={() => controller.resetCell(cellId)} />
        <OutputArea outputs={state?.outputs ?? []} testId="cell-output" cellId={cellId} />
      </div>
    </section>
  );
}

function CellGutter({ runRef, label, execCount, onRun }: { runRef: RefObject<HTMLButtonElement | null>; label: string; execCount?: number | null; onRun: () => void }) {
  return (
    <div className={styles.gutter}>
      <button ref={runRef} type="button" data-testid="run-cell" className={styles.run} onClick={onRun} aria-label={`Run ${label.toLowerCase()}`} title="Run (Ctrl+Enter)">
        <span aria-hidden="true">▶</span>
      </button>
      <span className={styles.count} aria-label={execCount ? `Execution ${execCount}` : "Not run yet"}>
        [{execCount ?? " "}]
      </span>
    </div>
  );
}

function StaleNote({ onReset }: { onReset: () => void }) {
  return (
    <p className={styles.stale} role="note">
      This lesson changed since you edited this cell.{" "}
      <button type="button" className={styles.linkButton} onClick={onReset}>
        Reset
      </button>
    </p>
  );
}
