/**
 * A tiny meeting point between cells and Monaco that does not import Monaco: once the editor
 * bundle has loaded (the first time a learner opens a cell), every cell keeps a TypeScript model
 * of its source, so IntelliSense in one cell knows the declarations of the others.
 */
export interface ModelSync {
  sync(path: string, source: string): void;
  dispose(path: string): void;
}

let current: ModelSync | null = null;
const waiting = new Set<(sync: ModelSync) => void>();

export const CELL_MODEL_ROOT = "file:///cells/";

/** One model per cell. Cells are global scripts: their top-level names are visible to each other. */
export function cellModelPath(cellId: string): string {
  return `${CELL_MODEL_ROOT}${encodeURIComponent(cellId).replace(/%/g, "_")}.ts`;
}

/** Runs `callback` now if Monaco is loaded, else when it loads. Returns a cancel function. */
export function whenMonaco(callback: (sync: ModelSync) => void): () => void {
  if (current) {
    callback(current);
    return () => {};
  }
  waiting.add(callback);
  return () => waiting.delete(callback);
}

export function setModelSync(sync: ModelSync): void {
  current = sync;
  for (const callback of waiting) callback(sync);
  waiting.clear();
}

const paths = new Set<string>();

export function trackModel(path: string): void {
  paths.add(path);
}

/** Drops one cell's model (the cell left the page). */
export function disposeModel(path: string): void {
  current?.dispose(path);
  paths.delete(path);
}

/** Drops every cell model (the notebook is leaving the page). */
export function disposeCellModels(): void {
  for (const path of paths) current?.dispose(path);
  paths.clear();
}
