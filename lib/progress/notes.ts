import "server-only";
import { requireUser } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { NOTES_CELL_ID } from "./schema";

export interface SavedNote {
  source: string | null;
  revision: number;
}

/** The caller's notes on every lesson (lesson id -> note), for /me. */
export async function getMyNotes(): Promise<Record<string, SavedNote>> {
  const user = await requireUser();
  const rows = await db.codeSave.findMany({ where: { userId: user.id, cellId: NOTES_CELL_ID }, select: { lessonId: true, source: true, revision: true } });
  return Object.fromEntries(rows.map((r) => [r.lessonId, { source: r.source, revision: r.revision }]));
}
