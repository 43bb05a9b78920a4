import type { z } from "zod";

/**
 * Where queued progress waits until the server has it. One key per item, so two tabs adding items
 * at the same time never overwrite each other (a single shared array would lose writes).
 */
export interface QueueStorage {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
  keys(prefix: string): string[];
}

export function memoryStorage(): QueueStorage {
  const map = new Map<string, string>();
  return {
    get: (k) => map.get(k) ?? null,
    set: (k, v) => void map.set(k, v),
    remove: (k) => void map.delete(k),
    keys: (prefix) => [...map.keys()].filter((k) => k.startsWith(prefix)),
  };
}

/**
 * localStorage when it works, memory when it does not (private mode, quota full): progress is then
 * still sent, it just does not survive closing the tab.
 */
export function browserStorage(): QueueStorage {
  const memory = memoryStorage();
  let local: Storage | null = null;
  try {
    local = typeof window !== "undefined" ? window.localStorage : null;
  } catch {
    local = null;
  }
  return {
    get(key) {
      const fallback = memory.get(key);
      if (fallback !== null) return fallback;
      try {
        return local?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        if (!local) throw new Error("no localStorage");
        local.setItem(key, value);
        memory.remove(key);
      } catch {
        memory.set(key, value);
      }
    },
    remove(key) {
      memory.remove(key);
      try {
        local?.removeItem(key);
      } catch {
        // Nothing to remove from an unavailable store.
      }
    },
    keys(prefix) {
      const found = new Set(memory.keys(prefix));
      try {
        for (let i = 0; local && i < local.length; i++) {
          const key = local.key(i);
          if (key?.startsWith(prefix)) found.add(key);
        }
      } catch {
        // Keys in memory only.
      }
      return [...found];
    },
  };
}

/**
 * One stored item, checked against its schema: localStorage is written by this app, but also by
 * older versions of it, extensions and anyone at the console. An item that is not valid JSON or
 * does not match is removed and reported, so it never spoils a batch of good ones.
 */
export function readStored<T>(storage: QueueStorage, key: string, schema: z.ZodType<T>): T | null {
  const raw = storage.get(key);
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return drop(storage, key, "not JSON");
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  return drop(storage, key, issue ? `${issue.path.join(".") || "(item)"}: ${issue.message}` : "invalid");
}

function drop(storage: QueueStorage, key: string, problem: string): null {
  storage.remove(key);
  console.warn(`Progress queue: dropped the stored item ${key}, which is not valid (${problem}); the other items are kept.`);
  return null;
}
