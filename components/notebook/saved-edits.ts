/**
 * The learner's edits, kept as an overlay over the lesson's cells in localStorage, keyed by
 * notebook + cell and tied to the lesson version: when the lesson changes, the edit stays but
 * the cell says so and offers a reset (a saved copy must never silently hide an update).
 */
import { z } from "zod";

const SavedEditSchema = z.object({ version: z.string(), source: z.string(), savedAt: z.number() });
export type SavedEdit = z.infer<typeof SavedEditSchema>;

export interface EditStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = "notebook-edit:";

export function editKey(notebookId: string, cellId: string): string {
  return `${PREFIX}${notebookId}:${cellId}`;
}

export function loadEdit(store: EditStore, notebookId: string, cellId: string): SavedEdit | null {
  try {
    const raw = store.getItem(editKey(notebookId, cellId));
    if (raw === null) return null;
    const parsed = SavedEditSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Saves `source`; an edit equal to the original is no edit, so it is removed instead. */
export function saveEdit(store: EditStore, notebookId: string, cellId: string, version: string, source: string, original: string): void {
  const key = editKey(notebookId, cellId);
  try {
    if (source === original) store.removeItem(key);
    else store.setItem(key, JSON.stringify({ version, source, savedAt: Date.now() } satisfies SavedEdit));
  } catch {
    // Storage full or disabled (private mode): editing still works, it just is not kept.
  }
}

export function clearEdit(store: EditStore, notebookId: string, cellId: string): void {
  try {
    store.removeItem(editKey(notebookId, cellId));
  } catch {
    // See saveEdit.
  }
}

/**
 * Where a notebook keeps the learner's edits: this browser's localStorage (guests, below) or the
 * learner's account (components/progress/account-edits.ts). The controller only calls these.
 */
export interface EditPersistence {
  /** The edit a cell starts from (null: the lesson's code). */
  load(cellId: string): Pick<SavedEdit, "source" | "version"> | null;
  /** The cell's current source, on every edit and before each run. */
  save(cellId: string, source: string, original: string): void;
  /** Back to the lesson's code. */
  clear(cellId: string): void;
}

export function localEdits(store: EditStore, notebookId: string, version: string): EditPersistence {
  return {
    load: (cellId) => loadEdit(store, notebookId, cellId),
    save: (cellId, source, original) => saveEdit(store, notebookId, cellId, version, source, original),
    clear: (cellId) => clearEdit(store, notebookId, cellId),
  };
}

/** What a cell starts from: the saved edit (flagged stale when the lesson changed) or the original. */
export function initialSource(edit: Pick<SavedEdit, "source" | "version"> | null, original: string, version: string) {
  if (!edit || edit.source === original) return { source: original, edited: false, stale: false };
  return { source: edit.source, edited: true, stale: edit.version !== version };
}
