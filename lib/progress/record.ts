import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { applyCodeSave } from "./code-save";
import type { SessionUser } from "@/lib/auth/roles";
import { lessonTargets, recordableLessons, type LessonTargets } from "./lesson-meta";
import { NOTES_CELL_ID, type BatchResponse, type CodeSave, type CodeSaveResult, type ProgressBatch, type ProgressEvent } from "./schema";

/** Events may have waited offline for a long time, but never claim to come from the future. */
const OLDEST_EVENT_MS = 365 * 24 * 60 * 60 * 1000;

type Client = Pick<typeof db, "$executeRaw">;

function targetOf(e: ProgressEvent): string {
  switch (e.type) {
    case "lesson-opened":
      return "";
    case "cell-run":
      return e.cellId;
    default:
      return e.exerciseId;
  }
}

function detailOf(e: ProgressEvent): string | null {
  if (e.type === "hint-viewed") return JSON.stringify({ hint: e.hint });
  if (e.type === "cell-run" && e.errorName) return JSON.stringify({ errorName: e.errorName });
  return null;
}

function okOf(e: ProgressEvent): boolean | null {
  if (e.type === "cell-run") return e.ok;
  if (e.type === "exercise-check") return e.passed;
  return null;
}

/**
 * One INSERT for the whole batch; a client id already stored for this user is skipped by the
 * unique index (ON CONFLICT DO NOTHING is the same SQL on SQLite and PostgreSQL). Prisma's
 * createMany has no skipDuplicates on SQLite and costs about 2.5× more per row here.
 */
async function storeEvents(client: Client, userId: string, events: ProgressEvent[], now: number): Promise<number> {
  const received = new Date(now);
  const rows = events.map((e) => {
    const at = new Date(Math.min(Math.max(e.at, now - OLDEST_EVENT_MS), now));
    return Prisma.sql`(${randomUUID()}, ${userId}, ${e.id}, ${e.lessonId}, ${e.type}, ${targetOf(e)}, ${okOf(e)}, ${detailOf(e)}, ${at}, ${received})`;
  });
  return client.$executeRaw`
    INSERT INTO "ProgressEvent" ("id", "userId", "clientId", "lessonId", "type", "target", "ok", "detail", "occurredAt", "receivedAt")
    VALUES ${Prisma.join(rows)}
    ON CONFLICT ("userId", "clientId") DO NOTHING`;
}

/** The targets of each lesson the batch names that this user may record against; absent: not recordable. */
async function targetsFor(user: Pick<SessionUser, "role">, batch: ProgressBatch): Promise<Map<string, LessonTargets | null>> {
  const lessons = await recordableLessons(user);
  const named = new Set([...batch.events.map((e) => e.lessonId), ...batch.code.map((c) => c.lessonId)]);
  const targets = new Map<string, LessonTargets | null>();
  for (const id of named) {
    const record = lessons.get(id);
    if (record) targets.set(id, await lessonTargets(record));
  }
  return targets;
}

/** Whether an event names a lesson this user may record against, and a cell or exercise it has. */
function recordable(e: ProgressEvent, targets: Map<string, LessonTargets | null>): boolean {
  if (!targets.has(e.lessonId)) return false;
  const known = targets.get(e.lessonId);
  if (!known || e.type === "lesson-opened") return true;
  return e.type === "cell-run" ? known.cells.has(e.cellId) : known.exercises.has(e.exerciseId);
}

function refusedSave(save: CodeSave, targets: Map<string, LessonTargets | null>): CodeSaveResult | null {
  if (!targets.has(save.lessonId)) return { saveId: save.saveId, status: "unknown-lesson", message: `There is no lesson "${save.lessonId}".` };
  const known = targets.get(save.lessonId);
  if (known && save.cellId !== NOTES_CELL_ID && !known.cells.has(save.cellId)) {
    return { saveId: save.saveId, status: "unknown-cell", message: `Lesson "${save.lessonId}" has no cell "${save.cellId}" (it may have been removed).` };
  }
  return null;
}

/**
 * Stores one batch from the browser queue atomically: events are idempotent by their client id,
 * code saves are checked against the stored revision. Items about lessons that do not exist, or
 * that this user may not see (drafts, for a learner), are ignored (answered, so the queue drops
 * them) rather than failing the batch, and both get the same answer. So are items naming a cell or
 * exercise the lesson does not have: analytics count only what learners can really do.
 */
export async function recordBatch(user: Pick<SessionUser, "id" | "role">, batch: ProgressBatch, now = Date.now()): Promise<BatchResponse> {
  const userId = user.id;
  const targets = await targetsFor(user, batch);
  // A batch may repeat an id (an item queued twice): the first one counts.
  const unique = new Map<string, ProgressEvent>();
  let ignored = 0;
  for (const e of batch.events) {
    if (!recordable(e, targets)) ignored += 1;
    else if (!unique.has(e.id)) unique.set(e.id, e);
  }
  const events = [...unique.values()];
  const counts = (stored: number) => ({ stored, duplicates: batch.events.length - ignored - stored, ignored });

  // Events only (the hot path: every cell run): a single statement is its own transaction.
  if (batch.code.length === 0) {
    const stored = events.length > 0 ? await storeEvents(db, userId, events, now) : 0;
    return { ok: true, events: counts(stored), code: [] };
  }
  return db.$transaction(async (tx) => {
    const stored = events.length > 0 ? await storeEvents(tx, userId, events, now) : 0;
    const code: CodeSaveResult[] = [];
    for (const save of batch.code) code.push(refusedSave(save, targets) ?? (await applyCodeSave(tx, userId, save)));
    return { ok: true as const, events: counts(stored), code };
  });
}
