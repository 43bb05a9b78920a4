/**
 * A signed-in learner's edits, kept in their account: the notebook's EditPersistence on top of the
 * progress queue. A cell starts from this browser's unsent copy, else the server's saved copy, else
 * the lesson's code; localStorage is only the queue's own persistence, so no second store can
 * disagree with the account silently. Framework-free, so the choice is unit-tested.
 */
import type { EditPersistence } from "@/components/notebook/saved-edits";

/** A cell's code as the server had it when the page loaded (lib/progress/saved-code.ts). */
export interface ServerCell {
  cellId: string;
  /** Null: the learner reset the cell to the lesson's code. */
  source: string | null;
  revision: number;
  version: string;
}

export interface UnsentCode {
  source: string | null;
  version: string;
}

/** The edit a cell starts from, or null for the lesson's code. Unsent local code wins: it is newer. */
export function startingEdit(unsent: UnsentCode | undefined, saved: ServerCell | undefined): { source: string; version: string } | null {
  const copy = unsent ?? saved;
  return copy && copy.source !== null ? { source: copy.source, version: copy.version } : null;
}

/** The part of the progress client (lib/progress/client) this needs. */
export interface CodeQueue {
  pendingCode(lessonId: string): Record<string, UnsentCode>;
  saveCode(input: { lessonId: string; cellId: string; source: string; version: string; baseRevision?: number }): { ok: true } | { ok: false; message: string };
  resetCode(input: { lessonId: string; cellId: string; version: string; baseRevision?: number }): { ok: true } | { ok: false; message: string };
}

export interface AccountEdits extends EditPersistence {
  /** The editor now shows this (null: the lesson's code) and it is already in the account. */
  adopt(cellId: string, source: string | null): void;
}

interface Options {
  lessonId: string;
  version: string;
  saved: readonly ServerCell[];
  queue: CodeQueue;
  /** A save the queue refused (too large): the learner must know it is not kept. */
  onRefused?: (cellId: string, message: string) => void;
}

export function accountEdits({ lessonId, version, saved, queue, onRefused }: Options): AccountEdits {
  const server = new Map(saved.map((cell) => [cell.cellId, cell]));
  let unsent: Record<string, UnsentCode> | null = null;
  // What the account holds (or will, once the queue sends it) per cell; null is the lesson's code.
  const kept = new Map<string, string | null>();

  const start = (cellId: string) => {
    // Read when the first cell registers: the queue is started by then (ProgressProvider).
    unsent ??= queue.pendingCode(lessonId);
    return startingEdit(unsent[cellId], server.get(cellId));
  };
  const current = (cellId: string) => (kept.has(cellId) ? kept.get(cellId)! : (start(cellId)?.source ?? null));
  const write = (cellId: string, source: string | null) => {
    kept.set(cellId, source);
    const base = { lessonId, cellId, version, baseRevision: server.get(cellId)?.revision ?? 0 };
    const result = source === null ? queue.resetCode(base) : queue.saveCode({ ...base, source });
    if (!result.ok) onRefused?.(cellId, result.message);
  };

  return {
    load: (cellId) => start(cellId),
    save(cellId, source, original) {
      const next = source === original ? null : source;
      // Called before every run too: only a change is worth a save.
      if (current(cellId) !== next) write(cellId, next);
    },
    clear(cellId) {
      if (current(cellId) !== null) write(cellId, null);
    },
    adopt: (cellId, source) => void kept.set(cellId, source),
  };
}
