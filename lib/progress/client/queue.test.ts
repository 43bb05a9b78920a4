import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { BatchResponse, CodeSaveResult, ProgressBatch } from "../schema";
import { ORPHAN_AFTER_MS } from "./items";
import { ProgressQueue } from "./queue";
import { memoryStorage, type QueueStorage } from "./storage";
import type { SendOutcome } from "./transport";

/** A scripted server: answers each batch with `reply` (saved by default) and remembers what it got. */
function fakeServer() {
  const batches: ProgressBatch[] = [];
  let reply: (b: ProgressBatch) => SendOutcome | Promise<SendOutcome> = (b) => ({ kind: "ok", body: saved(b) });
  let revision = 0;
  const saved = (b: ProgressBatch): BatchResponse => ({
    ok: true,
    events: { stored: b.events.length, duplicates: 0, ignored: 0 },
    code: b.code.map((c): CodeSaveResult => ({ saveId: c.saveId, status: "saved", revision: (revision = c.baseRevision + 1) })),
  });
  return {
    batches,
    saved,
    get revision() {
      return revision;
    },
    answer(fn: typeof reply) {
      reply = fn;
    },
    transport: async (b: ProgressBatch) => {
      batches.push(structuredClone(b));
      return reply(b);
    },
  };
}

const OFFLINE: SendOutcome = { kind: "retry", reason: "offline", message: "The server could not be reached." };
const code = (source: string, baseRevision = 0) => ({ lessonId: "tensors", cellId: "cell-1", source, version: "v1", baseRevision });

describe("ProgressQueue", () => {
  let storage: QueueStorage;
  let server: ReturnType<typeof fakeServer>;
  let queue: ProgressQueue;

  beforeEach(() => {
    vi.useFakeTimers();
    storage = memoryStorage();
    server = fakeServer();
    queue = new ProgressQueue("user-1", "tab-a", storage, server.transport);
  });
  afterEach(() => {
    queue.dispose();
    vi.useRealTimers();
  });

  it("stores an event at once and sends a burst as one batch", async () => {
    queue.record({ type: "lesson-opened", lessonId: "tensors" });
    queue.record({ type: "cell-run", lessonId: "tensors", cellId: "cell-1", ok: true });
    expect(storage.keys("dlr-progress:v1:user-1:e:")).toHaveLength(2);
    expect(queue.getStatus()).toMatchObject({ state: "saving", pending: 2 });
    await vi.advanceTimersByTimeAsync(400);
    expect(server.batches).toHaveLength(1);
    expect(server.batches[0]!.events.map((e) => e.type)).toEqual(["lesson-opened", "cell-run"]);
    expect(server.batches[0]!.events[0]!.id).toMatch(/^[0-9a-f]{32}$/);
    expect(queue.getStatus()).toMatchObject({ state: "saved", pending: 0 });
    expect(storage.keys("dlr-progress:")).toEqual([]);
  });

  it("refuses a malformed event without queueing it", () => {
    const result = queue.record({ type: "cell-run", lessonId: "Not A Slug", cellId: "cell-1", ok: true });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/lowercase/) });
    expect(storage.keys("dlr-progress:")).toEqual([]);
  });

  it("waits as long as the server's Retry-After asks (503 while the database is down), keeping the event", async () => {
    let down = true;
    server.answer((b) => (down ? { kind: "retry", reason: "server", message: "The database is unavailable right now.", retryAfterMs: 5_000 } : { kind: "ok", body: server.saved(b) }));
    queue.record({ type: "lesson-opened", lessonId: "tensors" });
    await vi.advanceTimersByTimeAsync(400);
    expect(queue.getStatus()).toMatchObject({ state: "server-error", pending: 1 });
    down = false;
    await vi.advanceTimersByTimeAsync(3_000); // the backoff alone would have retried by now
    expect(server.batches).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2_500);
    expect(server.batches).toHaveLength(2);
    expect(queue.getStatus()).toMatchObject({ state: "saved", pending: 0 });
  });

  it("keeps everything while offline, retries with backoff, and sends once back online", async () => {
    server.answer(() => OFFLINE);
    queue.record({ type: "lesson-opened", lessonId: "tensors" });
    await vi.advanceTimersByTimeAsync(400);
    expect(queue.getStatus()).toMatchObject({ state: "offline", pending: 1 });
    await vi.advanceTimersByTimeAsync(1300); // first backoff: about a second
    expect(server.batches).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1000); // the second waits about two seconds
    expect(server.batches).toHaveLength(2);
    server.answer((b) => ({ kind: "ok", body: server.saved(b) }));
    queue.online();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.batches).toHaveLength(3);
    expect(queue.getStatus().state).toBe("saved");
    expect(storage.keys("dlr-progress:")).toEqual([]);
  });

  it("debounces code: a typing burst is one save of the last text, and revisions chain", async () => {
    for (const text of ["c", "co", "con", "cons"]) {
      queue.saveCode(code(text));
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(server.batches).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.batches).toHaveLength(1);
    expect(server.batches[0]!.code).toEqual([expect.objectContaining({ source: "cons", baseRevision: 0 })]);
    // The page still passes the revision it loaded (0); the queue knows better.
    queue.saveCode(code("const", 0));
    await vi.advanceTimersByTimeAsync(1100);
    expect(server.batches[1]!.code[0]).toMatchObject({ source: "const", baseRevision: 1 });
  });

  it("sends code typed without pause at least every five seconds", async () => {
    for (let i = 0; i < 30; i++) {
      queue.saveCode(code(`x${i}`));
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(server.batches.length).toBeGreaterThanOrEqual(1);
  });

  it("rebases an edit made while the previous save was in flight", async () => {
    let release!: () => void;
    server.answer((b) => new Promise((resolve) => (release = () => resolve({ kind: "ok", body: server.saved(b) }))));
    queue.saveCode(code("first"));
    await vi.advanceTimersByTimeAsync(1100);
    queue.saveCode(code("second"));
    server.answer((b) => ({ kind: "ok", body: server.saved(b) }));
    release();
    await vi.advanceTimersByTimeAsync(1100);
    expect(server.batches.map((b) => [b.code[0]!.source, b.code[0]!.baseRevision])).toEqual([["first", 0], ["second", 1]]);
    expect(queue.getStatus().state).toBe("saved");
  });

  it("shows a conflict instead of overwriting, then keeps mine or loads theirs", async () => {
    const theirs = { source: "from the other tab", revision: 4, version: "v1", updatedAt: "2026-11-26T10:00:00.000Z" };
    server.answer((b) => ({ kind: "ok", body: { ok: true, events: { stored: 0, duplicates: 0, ignored: 0 }, code: [{ saveId: b.code[0]!.saveId, status: "conflict", current: theirs }] } }));
    queue.saveCode(code("mine", 3));
    await vi.advanceTimersByTimeAsync(1100);
    expect(queue.getStatus()).toMatchObject({ state: "conflict", conflicts: 1 });
    expect(queue.conflicts("tensors")).toEqual([{ lessonId: "tensors", cellId: "cell-1", mine: "mine", theirs }]);
    // Typing on keeps the text but does not send it over theirs.
    queue.saveCode(code("mine, edited", 3));
    await vi.advanceTimersByTimeAsync(6000);
    expect(server.batches).toHaveLength(1);
    expect(queue.pendingCode("tensors")).toEqual({ "cell-1": { source: "mine, edited", version: "v1" } });

    server.answer((b) => ({ kind: "ok", body: server.saved(b) }));
    expect(queue.resolveConflict("tensors", "cell-1", "mine")).toEqual({ source: "from the other tab" });
    await vi.advanceTimersByTimeAsync(10);
    expect(server.batches[1]!.code[0]).toMatchObject({ source: "mine, edited", baseRevision: 4 });
    expect(queue.getStatus().state).toBe("saved");
  });

  it("'theirs' drops the local copy and continues from their revision", async () => {
    const theirs = { source: null, revision: 2, version: "v1", updatedAt: "2026-11-26T10:00:00.000Z" };
    server.answer((b) => ({ kind: "ok", body: { ok: true, events: { stored: 0, duplicates: 0, ignored: 0 }, code: [{ saveId: b.code[0]!.saveId, status: "conflict", current: theirs }] } }));
    queue.saveCode(code("mine", 1));
    await vi.advanceTimersByTimeAsync(1100);
    expect(queue.resolveConflict("tensors", "cell-1", "theirs")).toEqual({ source: null });
    expect(queue.conflicts()).toEqual([]);
    server.answer((b) => ({ kind: "ok", body: server.saved(b) }));
    queue.saveCode(code("next", 1));
    await vi.advanceTimersByTimeAsync(1100);
    expect(server.batches[1]!.code[0]).toMatchObject({ source: "next", baseRevision: 2 });
  });

  it("refuses code over 100 KB with the message, and queues nothing", () => {
    const result = queue.saveCode(code("x".repeat(100 * 1024 + 1)));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/larger than 100 KB/) });
    expect(queue.getStatus()).toMatchObject({ state: "error", message: expect.stringMatching(/100 KB/) });
    expect(storage.keys("dlr-progress:")).toEqual([]);
  });

  it("survives a reload: a new queue on the same storage and tab restores and sends the pending code", async () => {
    server.answer(() => OFFLINE);
    queue.saveCode(code("unsent work"));
    queue.record({ type: "exercise-check", lessonId: "tensors", exerciseId: "column-sums", passed: true });
    await vi.advanceTimersByTimeAsync(1100);
    queue.dispose();
    server.answer((b) => ({ kind: "ok", body: server.saved(b) }));
    const reloaded = new ProgressQueue("user-1", "tab-a", storage, server.transport);
    expect(reloaded.pendingCode("tensors")).toEqual({ "cell-1": { source: "unsent work", version: "v1" } });
    await reloaded.flush();
    const last = server.batches[server.batches.length - 1]!;
    expect(last.code[0]!.source).toBe("unsent work");
    expect(last.events[0]!.type).toBe("exercise-check");
    expect(reloaded.getStatus().state).toBe("saved");
    reloaded.dispose();
  });

  it("adopts code left by a closed tab, but not by a live one", async () => {
    server.answer(() => OFFLINE);
    const other = new ProgressQueue("user-1", "tab-b", storage, server.transport);
    other.heartbeat();
    other.saveCode({ ...code("tab b's work"), cellId: "cell-2" });
    await vi.advanceTimersByTimeAsync(1100);
    server.answer((b) => ({ kind: "ok", body: server.saved(b) }));
    const before = server.batches.length;
    queue.record({ type: "lesson-opened", lessonId: "tensors" });
    await queue.flush();
    expect(server.batches.slice(before).flatMap((b) => b.code)).toEqual([]);
    vi.setSystemTime(Date.now() + ORPHAN_AFTER_MS + 1000);
    queue.record({ type: "lesson-opened", lessonId: "tensors" });
    await queue.flush();
    expect(server.batches[server.batches.length - 1]!.code[0]!.source).toBe("tab b's work");
    other.dispose();
  });

  it("drops a batch the server refuses as malformed and says so; keeps items when signed out", async () => {
    server.answer(() => ({ kind: "rejected", message: "Malformed progress batch: events.0.type" }));
    queue.record({ type: "lesson-opened", lessonId: "tensors" });
    await vi.advanceTimersByTimeAsync(400);
    expect(queue.getStatus()).toMatchObject({ state: "error", message: expect.stringMatching(/events\.0\.type/) });
    expect(storage.keys("dlr-progress:")).toEqual([]);

    server.answer(() => ({ kind: "signed-out", message: "Please sign in first." }));
    queue.record({ type: "lesson-opened", lessonId: "tensors" });
    await vi.advanceTimersByTimeAsync(400);
    expect(queue.getStatus()).toMatchObject({ state: "signed-out", pending: 1 });
    expect(storage.keys("dlr-progress:v1:user-1:e:")).toHaveLength(1);
  });

  it("keeps two accounts on one browser apart", async () => {
    server.answer(() => OFFLINE);
    queue.saveCode(code("user 1's code"));
    const second = new ProgressQueue("user-2", "tab-a", storage, server.transport);
    expect(second.pendingCode("tensors")).toEqual({});
    expect(second.getStatus().pending).toBe(0);
    second.dispose();
  });
});
