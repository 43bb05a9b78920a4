import path from "node:path";
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { caller } from "@/tests/setup/session";
import { db } from "@/lib/db";
import { makeUser } from "@/prisma/factories";
import { handleProgressPost } from "./api";

// The fixture course: fixture-welcome, fixture-tensors and the draft fixture-draft.
vi.mock("@/lib/lessons/course", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/lessons/course")>();
  return { ...actual, getCourse: () => actual.getCourse(path.resolve("tests/fixtures/lessons/good")) };
});

const DRAFT = "fixture-draft";
const MISSING = "fixture-missing";

/** The same batch for a lesson id: the same client ids, so two answers can be compared byte for byte. */
function batchFor(lessonId: string, ids: { event: string; save: string }) {
  return {
    events: [{ id: ids.event, lessonId, at: Date.now(), type: "lesson-opened" }],
    code: [{ saveId: ids.save, lessonId, cellId: "cell-1", source: "const x = 1;", version: "v1", baseRevision: 0 }],
  };
}

async function post(body: unknown): Promise<{ status: number; text: string }> {
  const response = await handleProgressPost(
    new Request("http://localhost/api/progress", { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" } }),
  );
  return { status: response.status, text: await response.text() };
}

describe("POST /api/progress and draft lessons", () => {
  beforeEach(() => {
    caller.id = null;
  });

  it("answers a learner's write to a draft exactly as one to a lesson that does not exist, and stores nothing", async () => {
    const learner = await makeUser();
    caller.id = learner.id;
    const ids = { event: randomUUID(), save: randomUUID() };
    const draft = await post(batchFor(DRAFT, ids));
    const missing = await post(batchFor(MISSING, ids));
    expect(draft.status).toBe(200);
    // The message echoes the id the caller sent; apart from that the answers are the same bytes.
    expect(draft.text.replaceAll(DRAFT, "<id>")).toBe(missing.text.replaceAll(MISSING, "<id>"));
    expect(JSON.parse(draft.text)).toMatchObject({ events: { stored: 0, ignored: 1 }, code: [{ status: "unknown-lesson" }] });
    expect(await db.progressEvent.count({ where: { userId: learner.id } })).toBe(0);
    expect(await db.codeSave.count({ where: { userId: learner.id } })).toBe(0);
  });

  it("records an author's progress on a draft they can open, and a learner's on a published lesson", async () => {
    const author = await makeUser({ role: "AUTHOR" });
    caller.id = author.id;
    const forAuthor = JSON.parse((await post(batchFor(DRAFT, { event: randomUUID(), save: randomUUID() }))).text);
    expect(forAuthor).toMatchObject({ events: { stored: 1, ignored: 0 }, code: [{ status: "saved", revision: 1 }] });

    const learner = await makeUser();
    caller.id = learner.id;
    const published = JSON.parse((await post(batchFor("fixture-tensors", { event: randomUUID(), save: randomUUID() }))).text);
    expect(published).toMatchObject({ events: { stored: 1, ignored: 0 }, code: [{ status: "saved", revision: 1 }] });
  });
});
