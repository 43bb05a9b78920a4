import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { caller } from "@/tests/setup/session";
import { db } from "@/lib/db";
import { makeUser } from "@/prisma/factories";
import { handleProgressPost } from "./api";
import { MAX_CODE_BYTES, type BatchResponse } from "./schema";

const LESSON = "tensors";

/** What the browser queue's fetch sends: JSON, and the browser's own "same-origin" verdict. */
const FROM_OUR_PAGE = { "content-type": "application/json", "sec-fetch-site": "same-origin" };

function post(body: unknown, raw = false, headers: Record<string, string> = FROM_OUR_PAGE) {
  return handleProgressPost(new Request("http://localhost/api/progress", { method: "POST", body: raw ? (body as string) : JSON.stringify(body), headers }));
}

const event = (overrides: Record<string, unknown> = {}) => ({ id: randomUUID(), lessonId: LESSON, at: Date.now(), type: "lesson-opened", ...overrides });

const save = (overrides: Record<string, unknown> = {}) => ({
  saveId: randomUUID(), lessonId: LESSON, cellId: "cell-1", source: "const x = 1;", version: "v1", baseRevision: 0, ...overrides,
});

async function ok(response: Response): Promise<BatchResponse> {
  expect(response.status).toBe(200);
  return (await response.json()) as BatchResponse;
}

describe("POST /api/progress", () => {
  beforeEach(() => {
    caller.id = null;
  });

  it("refuses a signed-out caller with 401 and stores nothing", async () => {
    const id = randomUUID();
    const response = await post({ events: [event({ id })] });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ ok: false, message: "Please sign in first." });
    expect(await db.progressEvent.count({ where: { clientId: id } })).toBe(0);
  });

  it("refuses a request from another site with 403 before anything else, even with a valid session", async () => {
    const me = await makeUser();
    caller.id = me.id;
    const e = event();
    const attempts: Array<Record<string, string>> = [
      { "content-type": "application/json", "sec-fetch-site": "cross-site", origin: "https://evil.example" },
      { "content-type": "application/json", origin: "https://evil.example" },
      { "content-type": "application/json", origin: "null" },
      { "content-type": "application/json" },
    ];
    for (const headers of attempts) {
      const response = await post({ events: [e] }, false, headers);
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ ok: false, message: expect.stringMatching(/same-origin/) });
    }
    caller.id = null;
    expect((await post({ events: [e] }, false, { "content-type": "application/json", origin: "https://evil.example" })).status).toBe(403);
    expect(await db.progressEvent.count({ where: { userId: me.id } })).toBe(0);
  });

  it("refuses a body not declared as JSON with 415 (what a cross-site form can send), and accepts our own Origin from older browsers", async () => {
    const me = await makeUser();
    caller.id = me.id;
    for (const type of ["text/plain;charset=UTF-8", "application/x-www-form-urlencoded"]) {
      const response = await post({ events: [event()] }, false, { "content-type": type, "sec-fetch-site": "same-origin" });
      expect(response.status).toBe(415);
      expect(await response.json()).toEqual({ ok: false, message: "Send the body as JSON (Content-Type: application/json)." });
    }
    expect(await db.progressEvent.count({ where: { userId: me.id } })).toBe(0);
    const older = await post({ events: [event()] }, false, { "content-type": "application/json; charset=utf-8", origin: "http://localhost" });
    expect((await ok(older)).events.stored).toBe(1);
  });

  it("stores a replayed event once, and a batch that repeats an id once", async () => {
    const me = await makeUser();
    caller.id = me.id;
    const e = event({ type: "exercise-check", exerciseId: "column-sums", passed: true });
    expect((await ok(await post({ events: [e, e] }))).events).toEqual({ stored: 1, duplicates: 1, ignored: 0 });
    expect((await ok(await post({ events: [e] }))).events).toEqual({ stored: 0, duplicates: 1, ignored: 0 });
    const rows = await db.progressEvent.findMany({ where: { userId: me.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ type: "exercise-check", target: "column-sums", ok: true, lessonId: LESSON });
  });

  it("never stores an event in the future, and ignores unknown lessons", async () => {
    const me = await makeUser();
    caller.id = me.id;
    const result = await ok(await post({ events: [event({ at: Date.now() + 86_400_000 }), event({ lessonId: "no-such-lesson" })] }));
    expect(result.events).toEqual({ stored: 1, duplicates: 0, ignored: 1 });
    const row = await db.progressEvent.findFirstOrThrow({ where: { userId: me.id } });
    expect(row.occurredAt.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it("ignores events and refuses code saves that name a cell or exercise the lesson does not have", async () => {
    const me = await makeUser();
    caller.id = me.id;
    const result = await ok(
      await post({
        events: [
          event({ type: "cell-run", cellId: "cell-1", ok: true }),
          event({ type: "cell-run", cellId: "exercise-column-sums", ok: false }),
          event({ type: "cell-run", cellId: "cell-999", ok: true }),
          event({ type: "exercise-check", exerciseId: "no-such-exercise", passed: true }),
          event({ type: "hint-viewed", exerciseId: "column-sums", hint: 1 }),
        ],
        code: [save({ cellId: "cell-2" }), save({ cellId: "exercise-column-sums" }), save({ cellId: "learner-notes" }), save({ cellId: "invented-cell" })],
      }),
    );
    expect(result.events).toEqual({ stored: 3, duplicates: 0, ignored: 2 });
    expect(result.code.map((c) => c.status)).toEqual(["saved", "saved", "saved", "unknown-cell"]);
    expect(result.code[3]).toMatchObject({ message: expect.stringContaining('has no cell "invented-cell"') });
    const targets = (await db.progressEvent.findMany({ where: { userId: me.id } })).map((r) => r.target).sort();
    expect(targets).toEqual(["cell-1", "column-sums", "exercise-column-sums"]);
    expect(await db.codeSave.count({ where: { userId: me.id, cellId: "invented-cell" } })).toBe(0);
  });

  it("answers malformed payloads with a 400 that names the field", async () => {
    const me = await makeUser();
    caller.id = me.id;
    const cases: Array<[unknown, RegExp]> = [
      ["{not json", /must be JSON/],
      [{ events: [event({ type: "teleported" })] }, /events\.0\.type: type must be one of/],
      [{ events: [event({ lessonId: "../etc" })] }, /events\.0\.lessonId: must be lowercase/],
      [{ events: [event({ id: "x" })] }, /events\.0\.id/],
      [{ events: [event({ type: "cell-run", cellId: "cell-1" })] }, /events\.0\.ok/],
      [{ events: Array.from({ length: 101 }, () => event()) }, /at most 100 events/],
      [{ events: [] }, /at least one event/],
      [{ events: [event()], admin: true }, /Unrecognized key/],
      [{ code: [save({ baseRevision: -1 })] }, /code\.0\.baseRevision/],
    ];
    for (const [body, message] of cases) {
      const response = await post(body, typeof body === "string");
      expect(response.status).toBe(400);
      const json = (await response.json()) as { ok: boolean; message: string };
      expect(json.ok).toBe(false);
      expect(json.message).toMatch(message);
    }
    expect(await db.progressEvent.count({ where: { userId: me.id } })).toBe(0);
  });

  it("saves code with revisions, refuses a stale base as a conflict, and recognises a replayed save", async () => {
    const me = await makeUser();
    caller.id = me.id;
    const first = save();
    expect((await ok(await post({ code: [first] }))).code).toEqual([{ saveId: first.saveId, status: "saved", revision: 1 }]);
    // The same save again (its answer was lost): still saved, revision unchanged.
    expect((await ok(await post({ code: [first] }))).code).toEqual([{ saveId: first.saveId, status: "saved", revision: 1 }]);
    const tabB = save({ source: "const x = 2;", baseRevision: 1 });
    expect((await ok(await post({ code: [tabB] }))).code[0]).toMatchObject({ status: "saved", revision: 2 });
    // Tab A still thinks revision 1 is current: refused, and told what is stored.
    const tabA = save({ source: "const x = 3;", baseRevision: 1 });
    const conflict = (await ok(await post({ code: [tabA] }))).code[0];
    expect(conflict).toMatchObject({ saveId: tabA.saveId, status: "conflict", current: { source: "const x = 2;", revision: 2, version: "v1" } });
    expect((await db.codeSave.findFirstOrThrow({ where: { userId: me.id } })).source).toBe("const x = 2;");
  });

  it("resets to the original with a tombstone that keeps counting revisions", async () => {
    const me = await makeUser();
    caller.id = me.id;
    await ok(await post({ code: [save()] }));
    expect((await ok(await post({ code: [save({ source: null, baseRevision: 1 })] }))).code[0]).toMatchObject({ status: "saved", revision: 2 });
    const stale = (await ok(await post({ code: [save({ source: "old tab", baseRevision: 1 })] }))).code[0];
    expect(stale).toMatchObject({ status: "conflict", current: { source: null, revision: 2 } });
  });

  it("refuses a cell over the size cap with a clear message, without failing the rest of the batch", async () => {
    const me = await makeUser();
    caller.id = me.id;
    const huge = save({ cellId: "cell-2", source: "é".repeat(MAX_CODE_BYTES / 2 + 1) });
    const small = save({ cellId: "cell-3" });
    const result = await ok(await post({ code: [huge, small], events: [event()] }));
    expect(result.code[0]).toMatchObject({ status: "too-large", message: expect.stringMatching(/larger than 100 KB/) });
    expect(result.code[1]).toMatchObject({ status: "saved", revision: 1 });
    expect(result.events.stored).toBe(1);
    expect(await db.codeSave.count({ where: { userId: me.id, cellId: "cell-2" } })).toBe(0);
  });

  it("keeps each learner's rows apart: the same client ids and cells from two users never collide", async () => {
    const [a, b] = [await makeUser(), await makeUser()];
    const shared = event();
    const code = save();
    caller.id = a.id;
    await ok(await post({ events: [shared], code: [code] }));
    caller.id = b.id;
    const result = await ok(await post({ events: [shared], code: [{ ...code, source: "b's code" }] }));
    expect(result.events.stored).toBe(1);
    expect(result.code[0]).toMatchObject({ status: "saved", revision: 1 });
    expect((await db.codeSave.findFirstOrThrow({ where: { userId: a.id } })).source).toBe("const x = 1;");
  });
});
