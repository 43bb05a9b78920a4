import { describe, expect, it } from "vitest";
import { accountEdits, startingEdit, type CodeQueue, type ServerCell, type UnsentCode } from "./account-edits";

const server = (cellId: string, source: string | null, revision = 3, version = "v1"): ServerCell => ({ cellId, source, revision, version });

function fakeQueue(unsent: Record<string, UnsentCode> = {}, refuse = false) {
  const calls: Array<{ kind: "save" | "reset"; cellId: string; source?: string; version: string; baseRevision?: number }> = [];
  const queue: CodeQueue = {
    pendingCode: () => unsent,
    saveCode: ({ cellId, source, version, baseRevision }) => {
      calls.push({ kind: "save", cellId, source, version, baseRevision });
      return refuse ? { ok: false, message: "too large" } : { ok: true };
    },
    resetCode: ({ cellId, version, baseRevision }) => (calls.push({ kind: "reset", cellId, version, baseRevision }), { ok: true }),
  };
  return { queue, calls };
}

describe("startingEdit", () => {
  it("prefers this browser's unsent code, then the server's copy, then the lesson's code", () => {
    expect(startingEdit({ source: "local", version: "v2" }, server("a", "remote"))).toEqual({ source: "local", version: "v2" });
    expect(startingEdit(undefined, server("a", "remote", 3, "v0"))).toEqual({ source: "remote", version: "v0" });
    expect(startingEdit(undefined, undefined)).toBeNull();
  });

  it("treats a reset (null source) as the lesson's code, even over an older server copy", () => {
    expect(startingEdit({ source: null, version: "v1" }, server("a", "remote"))).toBeNull();
    expect(startingEdit(undefined, server("a", null))).toBeNull();
  });
});

describe("accountEdits", () => {
  it("loads the starting edit and saves changes against the revision the page loaded", () => {
    const { queue, calls } = fakeQueue();
    const edits = accountEdits({ lessonId: "tensors", version: "v1", saved: [server("a", "mine", 4)], queue });
    expect(edits.load("a")).toEqual({ source: "mine", version: "v1" });
    edits.save("a", "mine", "orig"); // a run of unchanged code saves nothing
    edits.save("a", "mine 2", "orig");
    edits.save("b", "new", "orig-b");
    expect(calls).toEqual([
      { kind: "save", cellId: "a", source: "mine 2", version: "v1", baseRevision: 4 },
      { kind: "save", cellId: "b", source: "new", version: "v1", baseRevision: 0 },
    ]);
  });

  it("turns code equal to the original into a reset, and resets only what differs", () => {
    const { queue, calls } = fakeQueue();
    const edits = accountEdits({ lessonId: "tensors", version: "v1", saved: [server("a", "old", 2, "v0")], queue });
    expect(edits.load("a")).toEqual({ source: "old", version: "v0" });
    edits.save("a", "orig", "orig");
    edits.clear("a");
    edits.clear("b");
    expect(calls).toEqual([{ kind: "reset", cellId: "a", version: "v1", baseRevision: 2 }]);
  });

  it("starts from unsent local code over the server copy", () => {
    const { queue } = fakeQueue({ a: { source: "offline edit", version: "v1" } });
    const edits = accountEdits({ lessonId: "tensors", version: "v1", saved: [server("a", "server copy")], queue });
    expect(edits.load("a")?.source).toBe("offline edit");
  });

  it("does not save again what was adopted from another device", () => {
    const { queue, calls } = fakeQueue();
    const edits = accountEdits({ lessonId: "tensors", version: "v1", saved: [], queue });
    edits.adopt("a", "theirs");
    edits.save("a", "theirs", "orig");
    edits.adopt("b", null);
    edits.save("b", "orig", "orig");
    expect(calls).toEqual([]);
  });

  it("reports a save the queue refuses", () => {
    const refused: string[] = [];
    const { queue } = fakeQueue({}, true);
    const edits = accountEdits({ lessonId: "tensors", version: "v1", saved: [], queue, onRefused: (cellId, message) => refused.push(`${cellId}: ${message}`) });
    edits.save("a", "huge", "orig");
    expect(refused).toEqual(["a: too large"]);
  });
});
