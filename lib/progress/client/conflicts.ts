import type { KnownRevisions } from "./batch";
import { randomId } from "@/lib/ids";
import { readOwnCode, type ConflictInfo, type ItemKeys } from "./items";
import type { QueueStorage } from "./storage";

interface Scope {
  storage: QueueStorage;
  keys: ItemKeys;
  tabId: string;
}

/** Unsent code of this tab (and of closed tabs) for a lesson: it wins over what the server had. */
export function pendingCode({ storage, keys, tabId }: Scope, lessonId: string): Record<string, { source: string | null; version: string }> {
  const own = readOwnCode(storage, keys, tabId, Date.now()).filter(({ item }) => item.save.lessonId === lessonId);
  return Object.fromEntries(own.map(({ item }) => [item.save.cellId, { source: item.save.source, version: item.save.version }]));
}

export function listConflicts({ storage, keys, tabId }: Scope, lessonId?: string): ConflictInfo[] {
  return readOwnCode(storage, keys, tabId, Date.now())
    .filter(({ item }) => item.conflict && (!lessonId || item.save.lessonId === lessonId))
    .map(({ item }) => ({ lessonId: item.save.lessonId, cellId: item.save.cellId, mine: item.save.source, theirs: item.conflict! }));
}

/**
 * "mine" re-queues this browser's code on top of the other version; "theirs" drops it and returns
 * the other version's source (null: the original) for the editor to show.
 */
export function resolveConflict(
  { storage, keys, tabId }: Scope,
  known: KnownRevisions,
  lessonId: string,
  cellId: string,
  choice: "mine" | "theirs",
): { source: string | null } | null {
  let theirs: { source: string | null } | null = null;
  for (const { key, item } of readOwnCode(storage, keys, tabId, Date.now())) {
    if (!item.conflict || item.save.lessonId !== lessonId || item.save.cellId !== cellId) continue;
    known.set(`${lessonId}/${cellId}`, item.conflict.revision);
    theirs = { source: item.conflict.source };
    if (choice === "theirs") storage.remove(key);
    else storage.set(key, JSON.stringify({ ...item, conflict: null, save: { ...item.save, saveId: randomId(), baseRevision: item.conflict.revision } }));
  }
  return theirs;
}
