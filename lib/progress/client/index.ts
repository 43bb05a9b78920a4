import { MAX_CODE_BYTES, TOO_LARGE_MESSAGE, utf8Bytes, type ProgressEventInput } from "../schema";
import { randomId } from "@/lib/ids";
import type { ConflictInfo } from "./items";
import { ProgressQueue, type CodeInput, type QueueResult } from "./queue";
import { statusOf, type QueueStatus } from "./status";
import { browserStorage, type QueueStorage } from "./storage";
import { httpTransport, sendBeaconBatch, type Transport } from "./transport";

export type { QueueStatus } from "./status";
export type { ConflictInfo } from "./items";
export { statusText } from "./status";

const HEARTBEAT_MS = 15_000;
const BUFFER_LIMIT = 1000;
const SIGNED_OUT: QueueStatus = { state: "signed-out", pending: 0, conflicts: 0, message: "Sign in to save your progress." };
const IDLE = statusOf({ pending: 0, conflicts: 0, flushing: false, trouble: null });

function tabIdentity(): string {
  try {
    const existing = window.sessionStorage.getItem("dlr-progress-tab");
    if (existing) return existing;
    const id = randomId();
    window.sessionStorage.setItem("dlr-progress-tab", id);
    return id;
  } catch {
    return randomId();
  }
}

/**
 * The page's progress client, usable before the provider has started it: calls made while the
 * user is not yet known wait in memory (React runs children's effects before the parent's).
 */
class ProgressClient {
  private queue: ProgressQueue | null = null;
  private userId: string | null | undefined = undefined;
  private buffer: Array<(q: ProgressQueue) => void> = [];
  private listeners = new Set<() => void>();
  private teardown: Array<() => void> = [];

  /** Called by <ProgressProvider userId>. `null`: signed out, nothing is kept. */
  start(userId: string | null, deps: { storage?: QueueStorage; transport?: Transport; tabId?: string } = {}): void {
    if (this.userId === userId && (this.queue || userId === null)) return;
    this.stop();
    this.userId = userId;
    if (userId === null) {
      this.buffer = [];
      return this.emit();
    }
    const online = () => typeof navigator === "undefined" || navigator.onLine !== false;
    const queue = new ProgressQueue(userId, deps.tabId ?? tabIdentity(), deps.storage ?? browserStorage(), deps.transport ?? httpTransport(), online);
    this.queue = queue;
    this.teardown.push(queue.subscribe(() => this.emit()));
    this.listen(queue);
    queue.heartbeat();
    this.buffer.splice(0).forEach((call) => call(queue));
    // Replay whatever an earlier visit (or a closed tab) left behind.
    void queue.flush();
    this.emit();
  }

  stop(): void {
    this.teardown.splice(0).forEach((undo) => undo());
    this.queue?.dispose();
    this.queue = null;
    this.userId = undefined;
  }

  record(event: ProgressEventInput): QueueResult {
    return this.call((q) => q.record(event));
  }

  /** Debounced save of one cell's code (restored on any device). */
  saveCode(input: Omit<CodeInput, "source"> & { source: string }): QueueResult {
    if (utf8Bytes(input.source) > MAX_CODE_BYTES) return { ok: false, message: TOO_LARGE_MESSAGE };
    return this.call((q) => q.saveCode(input));
  }

  /** Back to the lesson's original code, on every device. */
  resetCode(input: Omit<CodeInput, "source">): QueueResult {
    return this.call((q) => q.saveCode({ ...input, source: null }));
  }

  pendingCode(lessonId: string) {
    return this.queue?.pendingCode(lessonId) ?? {};
  }

  conflicts(lessonId?: string): ConflictInfo[] {
    return this.queue?.conflicts(lessonId) ?? [];
  }

  resolveConflict(lessonId: string, cellId: string, choice: "mine" | "theirs") {
    return this.queue?.resolveConflict(lessonId, cellId, choice) ?? null;
  }

  flush(): Promise<void> {
    return this.queue?.flush() ?? Promise.resolve();
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getStatus = (): QueueStatus => (this.queue ? this.queue.getStatus() : this.userId === null ? SIGNED_OUT : IDLE);

  private call(fn: (q: ProgressQueue) => QueueResult): QueueResult {
    if (this.queue) return fn(this.queue);
    if (this.userId === null) return { ok: false, message: "Sign in to save your progress." };
    if (this.buffer.length < BUFFER_LIMIT) this.buffer.push((q) => void fn(q));
    return { ok: true };
  }

  private listen(queue: ProgressQueue): void {
    if (typeof window === "undefined") return;
    const on = (target: EventTarget, name: string, fn: () => void) => {
      target.addEventListener(name, fn);
      this.teardown.push(() => target.removeEventListener(name, fn));
    };
    on(window, "online", () => queue.online());
    on(window, "offline", () => queue.offline());
    on(window, "pagehide", () => {
      const batch = queue.peekEvents();
      if (batch) sendBeaconBatch(batch);
      // Closing the tab: let the next page adopt its unsent code at once.
      queue.goodbye();
    });
    on(window, "pageshow", () => queue.heartbeat());
    on(document, "visibilitychange", () => {
      if (document.visibilityState === "visible") queue.online();
    });
    const beat = setInterval(() => queue.heartbeat(), HEARTBEAT_MS);
    this.teardown.push(() => clearInterval(beat));
  }

  private emit(): void {
    this.listeners.forEach((l) => l());
  }
}

/** The one progress client of the page: `progress.record(…)`, `progress.saveCode(…)`. */
export const progress = new ProgressClient();
