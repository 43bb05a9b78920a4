import "server-only";
import { AuthError, getCurrentUser } from "@/lib/auth/guards";
import { canViewLearner } from "@/lib/cohorts/access";
import { db } from "@/lib/db";
import { lessonIdSchema } from "@/lib/ids";

export interface SavedCell {
  cellId: string;
  /** Null when the learner reset the cell to the original (the revision still counts). */
  source: string | null;
  revision: number;
  /** The lesson version the code was written against: differs from the current one after an update. */
  version: string;
  updatedAt: string;
}

/**
 * A learner's saved code for one lesson, for the lesson page to restore on any device (and for
 * their instructor's read-only view). The caller's own when `learnerId` is omitted; [] when
 * signed out, so the page renders the originals.
 */
export async function getSavedCode(lessonId: string, learnerId?: string): Promise<SavedCell[]> {
  const caller = await getCurrentUser();
  if (!caller) {
    if (learnerId) throw new AuthError("unauthenticated");
    return [];
  }
  const userId = learnerId ?? caller.id;
  if (!(await canViewLearner(caller, userId))) throw new AuthError("forbidden");
  if (!lessonIdSchema.safeParse(lessonId).success) return [];
  const rows = await db.codeSave.findMany({ where: { userId, lessonId }, orderBy: { cellId: "asc" } });
  return rows.map((r) => ({ cellId: r.cellId, source: r.source, revision: r.revision, version: r.lessonVersion, updatedAt: r.updatedAt.toISOString() }));
}
