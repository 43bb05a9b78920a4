"use client";
import { createContext, useContext, useMemo, useSyncExternalStore } from "react";
import type { Output, RunStatus } from "@/lib/kernel/outputs";
import type { CellState } from "./cell-store";
import type { NotebookController } from "./controller";
import type { KernelSnapshot } from "./kernel-view";

export const NotebookContext = createContext<NotebookController | null>(null);

export function useController(): NotebookController {
  const controller = useContext(NotebookContext);
  if (!controller) throw new Error("Notebook components must be inside <NotebookProvider>.");
  return controller;
}

export interface NotebookApi {
  /** Runs code in the page's kernel without a cell (the Exercise check) and returns its output. */
  runSource(source: string, options?: { timeLimitMs?: number; silent?: boolean }): Promise<{ status: RunStatus; outputs: Output[] }>;
  /** The current (possibly edited) source of a cell. */
  getSource(cellId: string): string | undefined;
  /** Puts other code into a cell (null: the lesson's code), saved like an edit; it does not run. */
  replaceSource(cellId: string, source: string | null): void;
  runCell(cellId: string): Promise<unknown>;
  runAll(): Promise<void>;
  interrupt(): void;
  restart(): Promise<void>;
}

export function useNotebook(): NotebookApi {
  const controller = useController();
  return useMemo(
    () => ({
      runSource: (source, options) => controller.runSource(source, options),
      getSource: (cellId) => controller.getSource(cellId),
      replaceSource: (cellId, source) => controller.replaceSource(cellId, source),
      runCell: (cellId) => controller.runCell(cellId),
      runAll: () => controller.runAll(),
      interrupt: () => controller.interrupt(),
      restart: () => controller.restart(),
    }),
    [controller],
  );
}

export function useKernelSnapshot(): KernelSnapshot {
  const { kernel } = useController();
  return useSyncExternalStore(kernel.subscribe, kernel.get, kernel.get);
}

const none = () => undefined;
const noop = () => () => {};

export function useCellState(cellId: string): CellState | undefined {
  const controller = useContext(NotebookContext);
  return useSyncExternalStore(
    controller ? (listener) => controller.cells.subscribe(cellId, listener) : noop,
    controller ? () => controller.cells.get(cellId) : none,
    none,
  );
}
