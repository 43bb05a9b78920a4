import { describe, expect, it } from "vitest";
import { clearEdit, editKey, initialSource, loadEdit, saveEdit, type EditStore } from "./saved-edits";

function memoryStore(): EditStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

describe("saved edits", () => {
  it("round-trips an edit keyed by notebook and cell", () => {
    const store = memoryStore();
    saveEdit(store, "tensors", "c1", "v1", "edited", "original");
    expect(loadEdit(store, "tensors", "c1")).toMatchObject({ version: "v1", source: "edited" });
    expect(loadEdit(store, "tensors", "c2")).toBeNull();
    expect(loadEdit(store, "other", "c1")).toBeNull();
  });

  it("removes the edit when the source is back to the original", () => {
    const store = memoryStore();
    saveEdit(store, "n", "c", "v1", "edited", "original");
    saveEdit(store, "n", "c", "v1", "original", "original");
    expect(store.data.has(editKey("n", "c"))).toBe(false);
  });

  it("ignores corrupt entries", () => {
    const store = memoryStore();
    store.setItem(editKey("n", "c"), "{not json");
    expect(loadEdit(store, "n", "c")).toBeNull();
    store.setItem(editKey("n", "c"), JSON.stringify({ source: 1 }));
    expect(loadEdit(store, "n", "c")).toBeNull();
  });

  it("flags an edit made against an older lesson version as stale", () => {
    const edit = { version: "v1", source: "mine", savedAt: 0 };
    expect(initialSource(edit, "theirs", "v1")).toEqual({ source: "mine", edited: true, stale: false });
    expect(initialSource(edit, "theirs", "v2")).toEqual({ source: "mine", edited: true, stale: true });
    expect(initialSource(null, "theirs", "v2")).toEqual({ source: "theirs", edited: false, stale: false });
  });

  it("clears an edit", () => {
    const store = memoryStore();
    saveEdit(store, "n", "c", "v1", "edited", "original");
    clearEdit(store, "n", "c");
    expect(loadEdit(store, "n", "c")).toBeNull();
  });
});
