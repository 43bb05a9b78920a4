"use client";
import { useEffect, useId, useRef, useState } from "react";
import { CellMeta } from "./CellMeta";
import { CodeView } from "./CodeView";
import { useCellState, useController } from "./context";
import { LazyEditor } from "./editor/LazyEditor";
import { cellModelPath, disposeModel, trackModel, whenMonaco } from "./editor/monaco-registry";
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

type Mode = "view" | "loading" | "editor";

export function Cell({ cellId, source, timeLimitMs, readOnly = false, html }: CellProps) {
  const controller = useController();
  const state = useCellState(cellId);
  const rootRef = useRef<HTMLElement>(null);
  const codeRef = useRef<HTMLPreElement>(null);
  const runRef = useRef<HTMLButtonElement>(null);
  const [mode, setMode] = useState<Mode>("view");
  const [position, setPosition] = useState<number | null>(null);
  const hintId = useId();
  const path = cellModelPath(cellId);
  const current = state?.source ?? source;
  const status = state?.status ?? "idle";
  const line = state ? errorLine(state.outputs) : null;
  const label = `Cell ${position ?? ""}`.trim();

  useEffect(() => {
    controller.register(cellId, { original: source, timeLimitMs, readOnly, element: () => rootRef.current });
  }, [controller, cellId, source, timeLimitMs, readOnly]);
  useEffect(() => () => controller.unregister(cellId), [controller, cellId]);

  // Position among the notebook's cells, for labels (cells can move in the playground).
  useEffect(() => {
    const next = controller.order().indexOf(cellId) + 1;
    if (next > 0 && next !== position) setPosition(next);
  });

  useEffect(
    () =>
      whenMonaco((sync) => {
        sync.sync(path, current);
        trackModel(path);
      }),
    [path, current],
  );
  useEffect(() => () => disposeModel(path), [path]);

  const focusRequest = state?.focusRequest ?? 0;
  useEffect(() => {
    if (focusRequest === 0) return;
    rootRef.current?.scrollIntoView({ block: "nearest" });
    if (mode === "view") codeRef.current?.focus();
  }, [focusRequest, mode]);

  const activate = () => {
    if (mode !== "view" || readOnly) return;
    setMode("loading");
    controller.kernel.setActiveCell(cellId);
    import("./editor/MonacoCellEditor").then(
      () => setMode("editor"),
      () => setMode("view"),
    );
  };
  const run = (advance: boolean) => {
    void controller.runCell(cellId);
    if (advance) controller.focusNext(cellId);
  };

  return (
    <section ref={rootRef} data-testid="cell" data-status={status} className={styles.cell} aria-label={label}>
      <div className={styles.gutter}>
        <button ref={runRef} type="button" data-testid="run-cell" className={styles.run} onClick={() => run(false)} aria-label={`Run ${label.toLowerCase()}`} title="Run (Ctrl+Enter)">
          <span aria-hidden="true">▶</span>
        </button>
        <span className={styles.count} aria-label={state?.execCount ? `Execution ${state.execCount}` : "Not run yet"}>
          [{state?.execCount ?? " "}]
        </span>
      </div>
      <div className={styles.body}>
        {state?.stale && (
          <p className={styles.stale} role="note">
            This lesson changed since you edited this cell.{" "}
            <button type="button" className={styles.linkButton} onClick={() => controller.resetCell(cellId)}>
              Reset
            </button>
          </p>
        )}
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
