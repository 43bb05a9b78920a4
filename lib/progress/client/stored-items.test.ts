import { beforeEach, describe, expect, it, vi } from "vitest";
import { progressBatchSchema, progressEventSchema, type BatchResponse, type ProgressBatch } from "../schema";
import { ProgressQueue } from "./queue";
import { memoryStorage, readStored, type QueueStorage } from "./storage";
import type { SendOutcome } from "./transport";

const PREFIX = "dlr-progress:v1:user-1:";
const goodEvent = (id: string, at = 1) => ({ id, lessonId: "tensors", at, type: "lesson-opened" });
const goodCode = (cellId: string, source = `code of ${cellId}`) => ({
  save: { saveId: `save-${cellId}`, lessonId: "tensors", cellId, source, version: "v1", baseRevision: 0 },
  owner: "tab-a",
  queuedAt: 1,
  conflict: null,
});

/** A server that validates like the real route: one bad item makes the whole batch a 400. */
function strictServer() {
  const batches: ProgressBatch[] = [];
  const transport = async (body: ProgressBatch): Promise<SendOutcome> => {
    batches.push(structuredClone(body));
    const parsed = progressBatchSchema.safeParse(body);
    if (!parsed.success) return { kind: "rejected", message: parsed.error.issues[0]!.message };
    const answer: BatchResponse = {
      ok: true,
      events: { stored: body.events.length, duplicates: 0, ignored: 0 },
      code: body.code.map((c) => ({ saveId: c.saveId, status: "saved", revision: c.baseRevision + 1 })),
    };
    return { kind: "ok", body: answer };
  };
  return { batches, transport };
}

const spyOnWarn = () => vi.spyOn(console, "warn").mockImplementation(() => undefined);

describe("the progress queue reading back what localStorage holds", () => {
  let storage: QueueStorage;
  let warn: ReturnType<typeof spyOnWarn>;

  beforeEach(() => {
    storage = memoryStorage();
    warn = spyOnWarn();
  });

  it("sends the good events and drops only the tampered ones, saying which", async () => {
    storage.set(`${PREFIX}e:good-0001`, JSON.stringify(goodEvent("good-0001", 1)));
    storage.set(`${PREFIX}e:bad-lesson`, JSON.stringify({ ...goodEvent("bad-lesson1", 2), lessonId: "../etc" }));
    storage.set(`${PREFIX}e:extra-key`, JSON.stringify({ ...goodEvent("extra-key1", 3), admin: true }));
    storage.set(`${PREFIX}e:not-json`, "{oops");
    storage.set(`${PREFIX}e:wrong-type`, JSON.stringify({ ...goodEvent("wrong-type1", 4), type: "teleported" }));
    storage.set(`${PREFIX}e:null`, "null");
    storage.set(`${PREFIX}e:good-0002`, JSON.stringify(goodEvent("good-0002", 5)));
    const server = strictServer();
    const queue = new ProgressQueue("user-1", "tab-a", storage, server.transport);

    await queue.flush();

    expect(server.batches).toHaveLength(1);
    expect(server.batches[0]!.events.map((e) => e.id)).toEqual(["good-0001", "good-0002"]);
    expect(queue.getStatus()).toMatchObject({ state: "saved", pending: 0 });
    expect(storage.keys(PREFIX)).toEqual([]);
    const warned = warn.mock.calls.map((c) => String(c[0]));
    expect(warned).toHaveLength(5);
    for (const key of ["bad-lesson", "extra-key", "not-json", "wrong-type", "null"]) {
      expect(warned.some((m) => m.includes(`${PREFIX}e:${key}`) && /dropped/.test(m))).toBe(true);
    }
    expect(warned.find((m) => m.includes("e:not-json"))).toMatch(/not JSON/);
    expect(warned.find((m) => m.includes("e:bad-lesson"))).toMatch(/lessonId/);
    queue.dispose();
  });

  it("sends the good code saves and drops a tampered one, which no longer shows as pending", async () => {
    storage.set(`${PREFIX}c:tab-a:tensors:cell-1`, JSON.stringify(goodCode("cell-1")));
    storage.set(`${PREFIX}c:tab-a:tensors:cell-2`, JSON.stringify({ ...goodCode("cell-2"), save: { ...goodCode("cell-2").save, baseRevision: -1 } }));
    storage.set(`${PREFIX}c:tab-a:tensors:cell-3`, JSON.stringify({ ...goodCode("cell-3"), save: { ...goodCode("cell-3").save, source: 42 } }));
    storage.set(`${PREFIX}c:tab-a:tensors:cell-4`, JSON.stringify({ ...goodCode("cell-4"), conflict: { source: "x" } }));
    storage.set(`${PREFIX}c:tab-a:tensors:cell-5`, JSON.stringify(goodCode("cell-5")));
    const server = strictServer();
    const queue = new ProgressQueue("user-1", "tab-a", storage, server.transport);

    expect(queue.pendingCode("tensors")).toEqual({
      "cell-1": { source: "code of cell-1", version: "v1" },
      "cell-5": { source: "code of cell-5", version: "v1" },
    });
    expect(queue.conflicts()).toEqual([]);
    await queue.flush();

    expect(server.batches.flatMap((b) => b.code.map((c) => c.cellId))).toEqual(["cell-1", "cell-5"]);
    expect(queue.getStatus()).toMatchObject({ state: "saved", pending: 0 });
    expect(storage.keys(PREFIX)).toEqual([]);
    expect(warn.mock.calls.map((c) => String(c[0]).match(/tensors:(cell-\d)/)?.[1]).sort()).toEqual(["cell-2", "cell-3", "cell-4"]);
    queue.dispose();
  });

  it("leaves the tampered item out of the best-effort send on page hide too", () => {
    storage.set(`${PREFIX}e:good-0001`, JSON.stringify(goodEvent("good-0001")));
    storage.set(`${PREFIX}e:bad-00001`, JSON.stringify({ ...goodEvent("bad-00001"), at: -5 }));
    const queue = new ProgressQueue("user-1", "tab-a", storage, strictServer().transport);
    const batch = queue.peekEvents();
    expect(batch?.events.map((e) => e.id)).toEqual(["good-0001"]);
    expect(progressBatchSchema.safeParse(batch).success).toBe(true);
    expect(warn).toHaveBeenCalledTimes(1);
    queue.dispose();
  });
});

describe("readStored", () => {
  it("returns a valid item unchanged and leaves it stored; a missing one is null without a warning", () => {
    const storage = memoryStorage();
    const warn = spyOnWarn();
    storage.set("k", JSON.stringify(goodEvent("good-0001")));
    expect(readStored(storage, "k", progressEventSchema)).toEqual(goodEvent("good-0001"));
    expect(storage.get("k")).not.toBeNull();
    expect(readStored(storage, "missing", progressEventSchema)).toBeNull();
    expect(warn).not.toHaveBeenCalled();
  });
});
