import { useEffect, useRef, useState } from "react";
import type { NotebookController } from "@/components/notebook/controller";
import { decodeCellsHash } from "@/components/notebook/share-link";

interface PlaygroundCell {
  id: string;
  /** The source the cell started with; edits live in the notebook. */
  initial: string;
}

const STORAGE_KEY = "playground:cells";

function savedSources(): string[] | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "null");
    return Array.isArray(parsed) && parsed.every((s) => typeof s === "string") ? (parsed as string[]) : null;
  } catch {
    return null;
  }
}

/** A shared link's cells, else the last visit's, else one empty cell; `notice` says why a link was refused. */
function startingPoint(): { cells: PlaygroundCell[]; notice: string | null } {
  const fromHash = decodeCellsHash(window.location.hash);
  const sources = fromHash && "sources" in fromHash ? fromHash.sources : (savedSources() ?? [""]);
  return {
    cells: (sources.length > 0 ? sources : [""]).map((initial, i) => ({ id: `c${i + 1}`, initial })),
    notice: fromHash && "error" in fromHash ? fromHash.error : null,
  };
}

/** Keeps the learner's work across reloads (the link is for sharing; this is for not losing it). */
function useSavedSources(currentSources: () => string[]): void {
  useEffect(() => {
    const save = () => {
      try {
        localStorage.setItem(STORAGE_KEY, JSON.stringify(currentSources()));
      } catch {
        // Storage unavailable: the playground still works, it just forgets on reload.
      }
    };
    save();
    const timer = setInterval(save, 2_000);
    window.addEventListener("pagehide", save);
    return () => {
      clearInterval(timer);
      window.removeEventListener("pagehide", save);
    };
  });
}

/**
 * The playground's cell list: add, move and delete, with keyboard focus following the change.
 * Reads the URL hash and localStorage, so it runs only in the browser (after hydration).
 */
export function usePlaygroundCells(controller: NotebookController) {
  const [start] = useState(startingPoint);
  const [cells, setCells] = useState(start.cells);
  const nextId = useRef(start.cells.length + 1);
  // What gets focus once the change has rendered: "cell:<id>" for a cell's editor, else an element id.
  const pendingFocus = useRef<string | null>(null);
  const currentSources = () => cells.map((cell) => controller.getSource(cell.id) ?? cell.initial);
  useSavedSources(currentSources);

  useEffect(() => {
    const target = pendingFocus.current;
    pendingFocus.current = null;
    if (target?.startsWith("cell:")) controller.focusCell(target.slice(5));
    else if (target) document.getElementById(target)?.focus();
  }, [cells, controller]);

  const move = (index: number, delta: -1 | 1) => {
    const next = [...cells];
    const [cell] = next.splice(index, 1);
    if (!cell) return;
    next.splice(index + delta, 0, cell);
    pendingFocus.current = `${cell.id}-${delta < 0 ? "up" : "down"}`;
    setCells(next);
  };
  const remove = (index: number) => {
    const next = cells.filter((_, i) => i !== index);
    const neighbour = next[Math.min(index, next.length - 1)];
    pendingFocus.current = neighbour ? `cell:${neighbour.id}` : "add-cell";
    setCells(next);
  };
  const add = () => {
    const cell = { id: `c${nextId.current++}`, initial: "" };
    pendingFocus.current = `cell:${cell.id}`;
    setCells([...cells, cell]);
  };
  /** Replaces every cell (opening a notebook file); fresh ids, so no old cell's state carries over. */
  const replaceAll = (sources: readonly string[]) => {
    const next = sources.map((initial) => ({ id: `c${nextId.current++}`, initial }));
    pendingFocus.current = next[0] ? `cell:${next[0].id}` : "add-cell";
    setCells(next);
  };
  return { cells, notice: start.notice, currentSources, move, remove, add, replaceAll };
}
