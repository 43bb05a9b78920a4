import { z } from "zod";
import { codeSaveSchema, progressEventSchema, serverCodeSchema, type ProgressEvent, type ServerCode } from "../schema";
import { readStored, type QueueStorage } from "./storage";

/**
 * A code save waiting in the queue. One per tab and cell: a newer edit replaces the older one.
 * Read back through this schema (and events through the server's own), so what the queue sends is
 * what the server accepts.
 */
const pendingCodeSchema = z.strictObject({
  save: codeSaveSchema,
  /** The tab that wrote it; another tab sends it only once this one stops answering. */
  owner: z.string().min(1).max(64),
  queuedAt: z.number().int().nonnegative(),
  /** Set when the server refused it because the cell changed elsewhere; not sent until resolved. */
  conflict: serverCodeSchema.nullable(),
});
export type PendingCode = z.infer<typeof pendingCodeSchema>;

/** A stored code save, or null when there is none (or it was invalid and has been dropped). */
export const readPendingCode = (storage: QueueStorage, key: string) => readStored(storage, key, pendingCodeSchema);

export interface ConflictInfo {
  lessonId: string;
  cellId: string;
  /** What this browser has (null: a reset). */
  mine: string | null;
  theirs: ServerCode;
}

/** A tab that has not said "alive" for this long is gone (closed, crashed): its saves are adopted. */
export const ORPHAN_AFTER_MS = 3 * 60_000;

/** Key layout, all under one user's prefix so a shared computer never mixes accounts. */
export class ItemKeys {
  constructor(readonly prefix: string) {}
  event = (id: string) => `${this.prefix}e:${id}`;
  code = (owner: string, lessonId: string, cellId: string) => `${this.prefix}c:${owner}:${lessonId}:${cellId}`;
  alive = (tab: string) => `${this.prefix}alive:${tab}`;
  get events() {
    return `${this.prefix}e:`;
  }
  get codes() {
    return `${this.prefix}c:`;
  }
}

export function readEvents(storage: QueueStorage, keys: ItemKeys): Array<{ key: string; event: ProgressEvent }> {
  return storage
    .keys(keys.events)
    .flatMap((key) => {
      const event = readStored(storage, key, progressEventSchema);
      return event ? [{ key, event }] : [];
    })
    .sort((a, b) => a.event.at - b.event.at);
}

/** Code items this tab is responsible for: its own, and those of tabs that are gone. */
export function readOwnCode(storage: QueueStorage, keys: ItemKeys, tabId: string, now: number): Array<{ key: string; item: PendingCode }> {
  const alive = new Map<string, boolean>();
  const isAlive = (owner: string) => {
    if (!alive.has(owner)) {
      const stamp = Number(storage.get(keys.alive(owner)) ?? 0);
      alive.set(owner, now - stamp < ORPHAN_AFTER_MS);
    }
    return alive.get(owner)!;
  };
  return storage
    .keys(keys.codes)
    .flatMap((key) => {
      const item = readPendingCode(storage, key);
      return item && (item.owner === tabId || !isAlive(item.owner)) ? [{ key, item }] : [];
    })
    .sort((a, b) => a.item.queuedAt - b.item.queuedAt);
}
