import { describe, expect, it } from "vitest";
import { httpTransport } from "./transport";

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
});
