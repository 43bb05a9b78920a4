"use client";
import { Cell } from "@/components/notebook/Cell";
import { useController } from "@/components/notebook/context";
import { NotebookProvider } from "@/components/notebook/NotebookProvider";
import { useHydrated } from "@/components/ui/useHydrated";
import { CellControls } from "./CellControls";
import { NotebookFile } from "./NotebookFile";
import { ShareLink } from "./ShareLink";
import { usePlaygroundCells } from "./use-playground-cells";
import styles from "./playground.module.css";

/** An empty notebook anyone can use: add, delete, move and run cells, share them by link. */
export function Playground() {
  // The starting cells come from the URL hash or localStorage, which the server cannot see.
  const hydrated = useHydrated();
  return (
    <NotebookProvider notebookId="playground" version="1" persistEdits={false}>
      {hydrated ? <PlaygroundCells /> : <p className={styles.loading}>Loading the playground…</p>}
    </NotebookProvider>
  );
}

function PlaygroundCells() {
  const controller = useController();
  const { cells, notice, currentSources, move, remove, add, replaceAll } = usePlaygroundCells(controller);
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
        <ShareLink getSources={currentSources} />
        <NotebookFile controller={controller} cellIds={cells.map((c) => c.id)} currentSources={currentSources} onOpen={replaceAll} />
      </div>
    </>
  );
}
