import type { BatchResponse, ProgressBatch } from "../schema";

export type SendOutcome =
  | { kind: "ok"; body: BatchResponse }
  /** The server read the batch and refused it (400, 413): resending the same bytes cannot help. */
  | { kind: "rejected"; message: string }
  | { kind: "signed-out"; message: string }
  /** Network down or server trouble: keep everything and try again later. */
  | { kind: "retry"; reason: "offline" | "server"; message: string; retryAfterMs?: number };

export type Transport = (batch: ProgressBatch) => Promise<SendOutcome>;

const PROGRESS_URL = "/api/progress";

async function messageOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { message?: unknown };
    return typeof body.message === "string" ? body.message : `HTTP ${response.status}`;
  } catch {
    return `HTTP ${response.status}`;
  }
}

export function httpTransport(url = PROGRESS_URL, fetchImpl: typeof fetch = (...args) => fetch(...args)): Transport {
  return async (batch) => {
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(batch),
        credentials: "same-origin",
        cache: "no-store",
      });
    } catch {
      return { kind: "retry", reason: "offline", message: "The server could not be reached." };
    }
    if (response.ok) {
      try {
        return { kind: "ok", body: (await response.json()) as BatchResponse };
      } catch {
        return { kind: "retry", reason: "server", message: "The server's answer could not be read." };
      }
    }
    if (response.status === 401) return { kind: "signed-out", message: await messageOf(response) };
    if (response.status === 400 || response.status === 413) return { kind: "rejected", message: await messageOf(response) };
    return { kind: "retry", reason: "server", message: await messageOf(response), retryAfterMs: retryAfterMs(response) };
  };
}

/** Retry-After in seconds (429, 503), capped at 10 minutes; an HTTP date is ignored. */
function retryAfterMs(response: Response): number | undefined {
  const seconds = Number(response.headers.get("retry-after"));
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 600) * 1000 : undefined;
}

/**
 * Best effort while the page unloads: small batches only (keepalive bodies are capped at 64 KB).
 * A keepalive fetch rather than navigator.sendBeacon, whose string bodies go out as text/plain,
 * which the route refuses (415: it takes JSON only).
 */
export function sendBeaconBatch(batch: ProgressBatch, url = PROGRESS_URL): void {
  const body = JSON.stringify(batch);
  if (body.length > 60_000 || typeof fetch === "undefined") return;
  fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body, keepalive: true, credentials: "same-origin" }).catch(() => {
    // The items stay queued and are sent on the next visit.
  });
}
