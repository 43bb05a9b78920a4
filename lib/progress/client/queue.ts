import { MAX_CODE_BYTES, MAX_EVENTS_PER_BATCH, progressEventSchema, TOO_LARGE_MESSAGE, utf8Bytes, type ProgressBatch, type ProgressEventInput } from "../schema";
import { applyResults, dropBatch, takeBatch } from "./batch";
import { listConflicts, pendingCode, resolveConflict } from "./conflicts";
import { randomId } from "@/lib/ids";
import { ItemKeys, readEvents, readOwnCode, readPendingCode, type ConflictInfo, type PendingCode } from "./items";
import { nextBackoff, Schedule } from "./schedule";
import type { QueueStorage } from "./storage";
import type { Transport } from "./transport";
import { statusOf, type QueueStatus, type Trouble } from "./status";

export interface CodeInput {
  lessonId: string;
  cellId: string;
  source: string | null;
  /** The lesson version the code belongs to. */
  version: string;
  /** The revision the page loaded for this cell (0 when none); the queue tracks later ones itself. */
  baseRevision?: number;
}

export type QueueResult = { ok: true } | { ok: false; message: string };

/**
 * The persisted progress queue: every write is stored first, then sent in batches; failures keep
 * everything and retry with backoff. Framework-free: the React binding only subscribes.
 */
export class ProgressQueue {
  readonly keys: ItemKeys;
  private readonly schedule: Schedule;
  private readonly known = new Map<string, number>();
  private readonly listeners = new Set<() => void>();
  private flushing = false;
  private again = false;
  private failures = 0;
  private trouble: Trouble | null = null;
  private status: QueueStatus;

  constructor(
    userId: string,
    readonly tabId: string,
    readonly storage: QueueStorage,
    private readonly transport: Transport,
    private readonly isOnline: () => boolean = () => true,
  ) {
    this.keys = new ItemKeys(`dlr-progress:v1:${userId}:`);
    this.schedule = new Schedule(() => void this.flush());
    this.status = this.computeStatus();
  }

  getStatus = (): QueueStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  record(input: ProgressEventInput): QueueResult {
    const parsed = progressEventSchema.safeParse({ ...input, id: randomId(), at: Date.now() });
    if (!parsed.success) return { ok: false, message: `Progress event not recorded: ${parsed.error.issues[0]?.message ?? "invalid"}` };
    this.storage.set(this.keys.event(parsed.data.id), JSON.stringify(parsed.data));
    this.schedule.event();
    this.emit();
    return { ok: true };
  }

  saveCode(input: CodeInput): QueueResult {
    if (input.source !== null && utf8Bytes(input.source) > MAX_CODE_BYTES) {
      this.trouble = { state: "error", message: TOO_LARGE_MESSAGE };
      this.emit();
      return { ok: false, message: TOO_LARGE_MESSAGE };
    }
    const cell = `${input.lessonId}/${input.cellId}`;
    const known = Math.max(this.known.get(cell) ?? 0, input.baseRevision ?? 0);
    this.known.set(cell, known);
    const key = this.keys.code(this.tabId, input.lessonId, input.cellId);
    const existing = readPendingCode(this.storage, key);
    const item: PendingCode = {
      // An unsent older edit's base still holds: this edit continues from it.
      save: { saveId: randomId(), lessonId: input.lessonId, cellId: input.cellId, source: input.source, version: input.version, baseRevision: existing ? existing.save.baseRevision : known },
      owner: this.tabId,
      queuedAt: existing?.queuedAt ?? Date.now(),
      conflict: existing?.conflict ?? null,
    };
    this.storage.set(key, JSON.stringify(item));
    this.schedule.code();
    this.emit();
    return { ok: true };
  }

  /** Unsent code of this tab (and of closed tabs) for a lesson: it wins over what the server had. */
  pendingCode(lessonId: string) {
    return pendingCode(this, lessonId);
  }

  conflicts(lessonId?: string): ConflictInfo[] {
    return listConflicts(this, lessonId);
  }

  /** "mine" saves this browser's code over the other version; "theirs" returns the other version's source. */
  resolveConflict(lessonId: string, cellId: string, choice: "mine" | "theirs"): { source: string | null } | null {
    const theirs = resolveConflict(this, this.known, lessonId, cellId, choice);
    if (choice === "mine") this.schedule.now();
    this.emit();
    return theirs;
  }

  /** Sends everything that is due, batch after batch, until the queue is empty or sending fails. */
  async flush(): Promise<void> {
    if (this.flushing) {
      this.again = true;
      return;
    }
    this.schedule.clear();
    if (!takeBatch(this.storage, this.keys, this.tabId)) return this.emit();
    if (!this.isOnline()) return this.fail({ state: "offline", message: "You are offline." });
    this.flushing = true;
    this.emit();
    try {
      for (let round = 0; round < 50; round++) {
        const batch = takeBatch(this.storage, this.keys, this.tabId);
        if (!batch) break;
        const outcome = await this.transport(batch.body);
        if (outcome.kind === "ok") {
          this.failures = 0;
          this.schedule.retryAt = 0;
          if (this.trouble?.state !== "error") this.trouble = null;
          const refused = applyResults(this.storage, batch, outcome.body, this.known);
          if (refused) this.trouble = { state: "error", message: refused };
        } else if (outcome.kind === "rejected") {
          dropBatch(this.storage, batch);
          this.trouble = { state: "error", message: `Some progress could not be saved: ${outcome.message}` };
        } else {
          const state = outcome.kind === "signed-out" ? "signed-out" : outcome.reason === "offline" ? "offline" : "server-error";
          this.flushing = false;
          return this.fail({ state, message: outcome.message }, outcome.kind === "retry" ? outcome.retryAfterMs : undefined);
        }
      }
    } finally {
      this.flushing = false;
    }
    if (this.again) {
      this.again = false;
      this.schedule.event();
    }
    this.emit();
  }

  /** The browser is back online: retry at once. */
  online(): void {
    this.failures = 0;
    this.schedule.retryAt = 0;
    void this.flush();
  }

  offline(): void {
    this.trouble = { state: "offline", message: "You are offline." };
    this.emit();
  }

  heartbeat(): void {
    this.storage.set(this.keys.alive(this.tabId), String(Date.now()));
  }

  goodbye(): void {
    this.storage.remove(this.keys.alive(this.tabId));
  }

  dispose(): void {
    this.schedule.clear();
    this.storage.remove(this.keys.alive(this.tabId));
    this.listeners.clear();
  }

  /** The events that would be sent right now (for a best-effort send while the page unloads). */
  peekEvents(): ProgressBatch | null {
    const events = readEvents(this.storage, this.keys).slice(0, MAX_EVENTS_PER_BATCH).map((e) => e.event);
    return events.length > 0 ? { events, code: [] } : null;
  }

  /** Keeps everything and retries later: after the backoff, or the server's Retry-After if longer. */
  private fail(trouble: Trouble, retryAfterMs = 0): void {
    this.trouble = trouble;
    this.failures += 1;
    this.schedule.retryAt = Date.now() + Math.max(nextBackoff(this.failures), retryAfterMs);
    this.schedule.event();
    this.emit();
  }

  private computeStatus(): QueueStatus {
    const pending = this.storage.keys(this.keys.events).length + readOwnCode(this.storage, this.keys, this.tabId, Date.now()).filter((c) => !c.item.conflict).length;
    return statusOf({ pending, conflicts: this.conflicts().length, flushing: this.flushing, trouble: this.trouble });
  }

  private emit(): void {
    const next = this.computeStatus();
    const prev = this.status;
    if (prev.state === next.state && prev.pending === next.pending && prev.conflicts === next.conflicts && prev.message === next.message) return;
    this.status = next;
    this.listeners.forEach((l) => l());
  }
}
