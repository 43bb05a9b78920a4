import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { applyCodeSave } from "./code-save";
import type { SessionUser } from "@/lib/auth/roles";
import { recordableLessonIds } from "./lesson-meta";
import type { BatchResponse, CodeSaveResult, ProgressBatch, ProgressEvent } from "./schema";

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

/**
 * Stores one batch from the browser queue atomically: events are idempotent by their client id,
 * code saves are checked against the stored revision. Items about lessons that do not exist, or
 * that this user may not see (drafts, for a learner), are ignored (answered, so the queue drops
 * them) rather than failing the batch, and both get the same answer.
 */
export async function recordBatch(user: Pick<SessionUser, "id" | "role">, batch: ProgressBatch, now = Date.now()): Promise<BatchResponse> {
  const userId = user.id;
  const lessons = await recordableLessonIds(user);
  // A batch may repeat an id (an item queued twice): the first one counts.
  const unique = new Map<string, ProgressEvent>();
  for (const e of batch.events) if (lessons.has(e.lessonId) && !unique.has(e.id)) unique.set(e.id, e);
  const events = [...unique.values()];
  const ignored = batch.events.filter((e) => !lessons.has(e.lessonId)).length;
  const counts = (stored: number) => ({ stored, duplicates: batch.events.length - ignored - stored, ignored });

  // Events only (the hot path: every cell run): a single statement is its own transaction.
  if (batch.code.length === 0) {
    const stored = events.length > 0 ? await storeEvents(db, userId, events, now) : 0;
    return { ok: true, events: counts(stored), code: [] };
  }
  return db.$transaction(async (tx) => {
    const stored = events.length > 0 ? await storeEvents(tx, userId, events, now) : 0;
    const code: CodeSaveResult[] = [];
    for (const save of batch.code) {
      if (!lessons.has(save.lessonId)) {
        code.push({ saveId: save.saveId, status: "unknown-lesson", message: `There is no lesson "${save.lessonId}".` });
      } else {
        code.push(await applyCodeSave(tx, userId, save));
      }
    }
    return { ok: true as const, events: counts(stored), code };
  });
}
