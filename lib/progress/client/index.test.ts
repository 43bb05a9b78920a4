import { afterEach, describe, expect, it, vi } from "vitest";
import type { ProgressBatch } from "../schema";
import { progress } from "./index";
import { memoryStorage } from "./storage";

describe("the page's progress client", () => {
  afterEach(() => {
    progress.stop();
    vi.useRealTimers();
  });

  it("keeps calls made before it knows the user, and sends them once started", async () => {
    vi.useFakeTimers();
    const sent: ProgressBatch[] = [];
    const transport = async (b: ProgressBatch) => {
      sent.push(b);
      return { kind: "ok" as const, body: { ok: true as const, events: { stored: b.events.length, duplicates: 0, ignored: 0 }, code: b.code.map((c) => ({ saveId: c.saveId, status: "saved" as const, revision: 1 })) } };
    };
    expect(progress.record({ type: "lesson-opened", lessonId: "tensors" })).toEqual({ ok: true });
    expect(progress.saveCode({ lessonId: "tensors", cellId: "cell-1", source: "x", version: "v1" })).toEqual({ ok: true });
    expect(sent).toEqual([]);
    progress.start("user-1", { storage: memoryStorage(), transport, tabId: "tab" });
    await vi.advanceTimersByTimeAsync(1500);
    expect(sent.flatMap((b) => b.events.map((e) => e.type))).toEqual(["lesson-opened"]);
    expect(sent.flatMap((b) => b.code.map((c) => c.source))).toEqual(["x"]);
    expect(progress.getStatus().state).toBe("saved");
  });

  it("refuses to keep anything for a signed-out visitor, and says why", () => {
    progress.start(null);
    expect(progress.record({ type: "lesson-opened", lessonId: "tensors" })).toEqual({ ok: false, message: "Sign in to save your progress." });
    expect(progress.getStatus().state).toBe("signed-out");
  });

  it("refuses an oversized cell before it is queued", () => {
    progress.start("user-2", { storage: memoryStorage(), transport: async () => ({ kind: "retry", reason: "offline", message: "x" }), tabId: "tab" });
    const result = progress.saveCode({ lessonId: "tensors", cellId: "cell-1", source: "x".repeat(200 * 1024), version: "v1" });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/larger than 100 KB/) });
    expect(progress.pendingCode("tensors")).toEqual({});
  });
});
