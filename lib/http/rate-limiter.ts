/**
 * Per-key request limits kept in this process's memory (fixed one-minute windows): cheap enough to
 * sit in front of every write. With several app instances each counts its own share, so the
 * effective limit is per instance; the numbers are generous for a person and tight for a script
 * (docs/security.md lists them).
 */
export interface Limiter {
  /** Counts one request for `key`; refused when over the limit, with the seconds until the window ends. */
  take(key: string, now?: number): { ok: true } | { ok: false; retryAfterSeconds: number };
}

const MAX_KEYS = 50_000;

export function createLimiter(limit: number, windowMs = 60_000): Limiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    take(key, now = Date.now()) {
      let entry = windows.get(key);
      if (!entry || now - entry.start >= windowMs) {
        if (windows.size >= MAX_KEYS) {
          for (const [k, w] of windows) if (now - w.start >= windowMs) windows.delete(k);
          if (windows.size >= MAX_KEYS) windows.clear();
        }
        entry = { start: now, count: 0 };
        windows.set(key, entry);
      }
      entry.count += 1;
      if (entry.count <= limit) return { ok: true };
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((entry.start + windowMs - now) / 1000)) };
    },
  };
}
