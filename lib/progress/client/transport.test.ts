import { describe, expect, it, vi } from "vitest";
import { httpTransport, sendBeaconBatch } from "./transport";

const batch = { events: [{ id: "event-0001", lessonId: "tensors", at: 1, type: "lesson-opened" as const }], code: [] };
const answer = (status: number, body: unknown = {}) => async () => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

describe("httpTransport", () => {
  it("keeps the batch for a retry when the server fails (e.g. its database is unreachable) or the network is down", async () => {
    for (const status of [500, 502, 503]) {
      expect(await httpTransport("/api/progress", answer(status, { message: "database unreachable" }))(batch)).toEqual({
        kind: "retry",
        reason: "server",
        message: "database unreachable",
      });
    }
    const down = async () => {
      throw new TypeError("Failed to fetch");
    };
    expect(await httpTransport("/api/progress", down)(batch)).toMatchObject({ kind: "retry", reason: "offline" });
  });

  it("does not retry what the server refused as malformed, and reports a signed-out session apart", async () => {
    expect(await httpTransport("/api/progress", answer(400, { message: "Malformed progress batch" }))(batch)).toEqual({ kind: "rejected", message: "Malformed progress batch" });
    expect(await httpTransport("/api/progress", answer(401, { message: "Please sign in first." }))(batch)).toEqual({ kind: "signed-out", message: "Please sign in first." });
  });

  it("keeps the batch when the origin check refuses it (a misconfigured public URL must not lose work)", async () => {
    expect(await httpTransport("/api/progress", answer(403, { message: "This endpoint only answers the app's own pages (same-origin requests)." }))(batch)).toEqual({
      kind: "retry",
      reason: "server",
      message: expect.stringMatching(/same-origin/),
    });
  });
});

describe("what the browser sends (the route refuses anything but same-origin JSON)", () => {
  it("the queue's fetch declares JSON and stays same-origin", async () => {
    const calls: RequestInit[] = [];
    await httpTransport("/api/progress", async (_url, init) => {
      calls.push(init!);
      return new Response(JSON.stringify({ ok: true, events: { stored: 1, duplicates: 0, ignored: 0 }, code: [] }));
    })(batch);
    expect(calls[0]).toMatchObject({ method: "POST", headers: { "Content-Type": "application/json" }, credentials: "same-origin" });
  });

  it("the send on page hide is a keepalive fetch with a JSON content type, not sendBeacon's text/plain", () => {
    const fetchSpy = vi.fn(async () => new Response("{}"));
    vi.stubGlobal("fetch", fetchSpy);
    try {
      sendBeaconBatch(batch);
      expect(fetchSpy).toHaveBeenCalledWith("/api/progress", expect.objectContaining({ keepalive: true, credentials: "same-origin", headers: { "Content-Type": "application/json" }, body: JSON.stringify(batch) }));
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe("httpTransport and Retry-After", () => {
  it("keeps a 503's or 429's Retry-After (seconds, capped at ten minutes) for the queue's next try", async () => {
    const withRetry = (status: number, value: string) => async () => new Response("{}", { status, headers: { "retry-after": value } });
    const batch = { events: [], code: [] };
    expect(await httpTransport("/api/progress", withRetry(503, "5"))(batch)).toMatchObject({ kind: "retry", reason: "server", retryAfterMs: 5_000 });
    expect(await httpTransport("/api/progress", withRetry(429, "99999"))(batch)).toMatchObject({ kind: "retry", retryAfterMs: 600_000 });
    expect(await httpTransport("/api/progress", withRetry(503, "Wed, 21 Oct 2015 07:28:00 GMT"))(batch)).toMatchObject({ kind: "retry", retryAfterMs: undefined });
  });
});
