"use client";
import { useEffect, useState, type RefObject } from "react";
import type { NotebookController } from "./controller";
import { disposeModel, trackModel, whenMonaco } from "./editor/monaco-registry";

/** Registers the cell with the controller (again when its lesson code changes), and unregisters it. */
export function useCellRegistration(
  controller: NotebookController,
  cellId: string,
  cell: { source: string; timeLimitMs?: number; readOnly: boolean },
  rootRef: RefObject<HTMLElement | null>,
): void {
  const { source, timeLimitMs, readOnly } = cell;
  useEffect(() => {
    controller.register(cellId, { original: source, timeLimitMs, readOnly, element: () => rootRef.current });
  }, [controller, cellId, source, timeLimitMs, readOnly, rootRef]);
  useEffect(() => () => controller.unregister(cellId), [controller, cellId]);
}

/** The cell's 1-based position among the notebook's cells (cells can move in the playground). */
export function useCellPosition(controller: NotebookController, cellId: string): number | null {
  const [position, setPosition] = useState<number | null>(null);
  // After every render: the order is the controller's, known only once the cells have registered.
  useEffect(() => {
    const next = controller.order().indexOf(cellId) + 1;
    if (next > 0 && next !== position) setPosition(next);
  });
  return position;
}

/** Keeps the cell's Monaco model (for IntelliSense across cells) in step with its source. */
export function useCellModel(path: string, source: string): void {
  useEffect(
    () =>
      whenMonaco((sync) => {
        sync.sync(path, source);
        trackModel(path);
      }),
    [path, source],
  );
  useEffect(() => () => disposeModel(path), [path]);
}

type Mode = "view" | "loading" | "editor";

/**
 * View or edit: the highlighted code until the learner activates the cell, then Monaco (loaded on
 * demand). A focus request (Shift+Enter on the cell above) scrolls to the cell and focuses it.
 */
export function useCellEditing(
  controller: NotebookController,
  cellId: string,
  { readOnly, focusRequest, rootRef, codeRef }: { readOnly: boolean; focusRequest: number; rootRef: RefObject<HTMLElement | null>; codeRef: RefObject<HTMLPreElement | null> },
): { mode: Mode; activate: () => void } {
  const [mode, setMode] = useState<Mode>("view");
  useEffect(() => {
    if (focusRequest === 0) return;
    rootRef.current?.scrollIntoView({ block: "nearest" });
    if (mode === "view") codeRef.current?.focus();
  }, [focusRequest, mode, rootRef, codeRef]);
  const activate = () => {
    if (mode !== "view" || readOnly) return;
    setMode("loading");
    controller.kernel.setActiveCell(cellId);
    import("./editor/MonacoCellEditor").then(
      () => setMode("editor"),
      () => setMode("view"),
    );
  };
  return { mode, activate };
}
