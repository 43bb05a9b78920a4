"use client";
import { useEffect, useRef, useState } from "react";
import { Cell } from "@/components/notebook/Cell";
import { useController } from "@/components/notebook/context";
import { NotebookProvider } from "@/components/notebook/NotebookProvider";
import { decodeCellsHash } from "@/components/notebook/share-link";
import { CellControls } from "./CellControls";
import { ShareLink } from "./ShareLink";
import styles from "./playground.module.css";

interface PlaygroundCell {
  id: string;
  /** The source the cell started with; edits live in the notebook (and `sources`). */
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

/** An empty notebook anyone can use: add, delete, move and run cells, share them by link. */
export function Playground() {
  const sources = useRef(new Map<string, string>());
  return (
    <NotebookProvider notebookId="playground" version="1" persistEdits={false} onSourceChange={(id, source) => sources.current.set(id, source)}>
      <PlaygroundCells sources={sources.current} />
    </NotebookProvider>
  );
}

function PlaygroundCells({ sources }: { sources: Map<string, string> }) {
  const controller = useController();
  const [cells, setCells] = useState<PlaygroundCell[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const nextId = useRef(1);
  const pendingFocus = useRef<string | null>(null);
  const newCell = (initial: string): PlaygroundCell => ({ id: `c${nextId.current++}`, initial });
  const currentSources = (list: PlaygroundCell[]) => list.map((cell) => controller.getSource(cell.id) ?? cell.initial);

  useEffect(() => {
    const fromHash = decodeCellsHash(window.location.hash);
    if (fromHash && "error" in fromHash) setNotice(fromHash.error);
    const initial = fromHash && "sources" in fromHash ? fromHash.sources : (savedSources() ?? [""]);
    setCells((initial.length > 0 ? initial : [""]).map(newCell));
  }, []);

  // Keep the learner's work across reloads (the link is for sharing; this is for not losing it).
  useEffect(() => {
    if (!cells) return;
    const save = () => {
      try {
        localStorage.setItem(STORAGE_KEY, JSON.stringify(currentSources(cells)));
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

  useEffect(() => {
    const target = pendingFocus.current;
    pendingFocus.current = null;
    if (target?.startsWith("cell:")) controller.focusCell(target.slice(5));
    else if (target) document.getElementById(target)?.focus();
  }, [cells, controller]);

  if (!cells) return <p className={styles.loading}>Loading the playground…</p>;

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
    sources.delete(cells[index]?.id ?? "");
    const neighbour = next[Math.min(index, next.length - 1)];
    pendingFocus.current = neighbour ? `cell:${neighbour.id}` : "add-cell";
    setCells(next);
  };
  const add = () => {
    const cell = newCell("");
    pendingFocus.current = `cell:${cell.id}`;
    setCells([...cells, cell]);
  };

  return (
    <>
      {notice && (
        <p className={styles.notice} role="alert">
          {notice}
        </p>
      )}
      {cells.map((cell, index) => (
        <div key={cell.id} className={styles.cellWrap}>
          <CellControls id={cell.id} position={index + 1} isFirst={index === 0} isLast={index === cells.length - 1} onMove={(delta) => move(index, delta)} onDelete={() => remove(index)} />
          <Cell cellId={cell.id} source={cell.initial} />
        </div>
      ))}
      <div className={styles.actions}>
        <button type="button" id="add-cell" data-testid="add-cell" className={styles.button} onClick={add}>
          + Add cell
        </button>
        <ShareLink getSources={() => currentSources(cells)} />
      </div>
    </>
  );
}
