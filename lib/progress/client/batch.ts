import { MAX_CODE_SAVES_PER_BATCH, MAX_EVENTS_PER_BATCH, utf8Bytes, type BatchResponse, type ProgressBatch } from "../schema";
import { readEvents, readOwnCode, readPendingCode, type ItemKeys, type PendingCode } from "./items";
import type { QueueStorage } from "./storage";

/** Code saves go out in batches of at most this many bytes, well under the server's body limit. */
const BATCH_CODE_BYTES = 1024 * 1024;

export interface OutgoingBatch {
  eventKeys: string[];
  code: Array<{ key: string; saveId: string; save: PendingCode["save"] }>;
  body: ProgressBatch;
}

/** Revision this tab knows per `lessonId/cellId`. */
export type KnownRevisions = Map<string, number>;

/** The next request: oldest events first, and this tab's (or closed tabs') unconflicted code saves. */
export function takeBatch(storage: QueueStorage, keys: ItemKeys, tabId: string): OutgoingBatch | null {
  const events = readEvents(storage, keys).slice(0, MAX_EVENTS_PER_BATCH);
  const code: OutgoingBatch["code"] = [];
  let bytes = 0;
  for (const { key, item } of readOwnCode(storage, keys, tabId, Date.now())) {
    if (item.conflict || code.length >= MAX_CODE_SAVES_PER_BATCH) continue;
    const size = item.save.source === null ? 0 : utf8Bytes(item.save.source);
    if (code.length > 0 && bytes + size > BATCH_CODE_BYTES) continue;
    bytes += size;
    code.push({ key, saveId: item.save.saveId, save: item.save });
  }
  if (events.length === 0 && code.length === 0) return null;
  return { eventKeys: events.map((e) => e.key), code, body: { events: events.map((e) => e.event), code: code.map((c) => c.save) } };
}

function removeIfSame(storage: QueueStorage, key: string, saveId: string): void {
  if (readPendingCode(storage, key)?.save.saveId === saveId) storage.remove(key);
}

/** Forgets a batch the server refused as malformed (resending the same bytes cannot help). */
export function dropBatch(storage: QueueStorage, batch: OutgoingBatch): void {
  batch.eventKeys.forEach((k) => storage.remove(k));
  batch.code.forEach(({ key, saveId }) => removeIfSame(storage, key, saveId));
}

/**
 * Applies the server's answer: sent events leave the queue; a saved cell's newer unsent edit is
 * rebased on the new revision; a conflict is kept with the server's version until the learner
 * chooses. Returns a message for saves the server refused outright (too large, unknown lesson).
 */
export function applyResults(storage: QueueStorage, batch: OutgoingBatch, body: BatchResponse, known: KnownRevisions): string | null {
  let refused: string | null = null;
  batch.eventKeys.forEach((k) => storage.remove(k));
  for (const result of body.code) {
    const sent = batch.code.find((c) => c.saveId === result.saveId);
    if (!sent) continue;
    const cell = `${sent.save.lessonId}/${sent.save.cellId}`;
    const item = readPendingCode(storage, sent.key);
    if (result.status === "saved") {
      known.set(cell, Math.max(known.get(cell) ?? 0, result.revision));
      if (item && item.save.saveId !== sent.saveId) {
        // Edited again while this save was on its way: the newer edit now builds on it.
        storage.set(sent.key, JSON.stringify({ ...item, save: { ...item.save, baseRevision: result.revision } }));
      } else storage.remove(sent.key);
    } else if (result.status === "conflict") {
      if (item) storage.set(sent.key, JSON.stringify({ ...item, conflict: result.current }));
    } else {
      removeIfSame(storage, sent.key, sent.saveId);
      refused = result.message;
    }
  }
  return refused;
}
