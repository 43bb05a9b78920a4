"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { onAuthError, refusal, requireRole, requireUser } from "@/lib/auth/guards";
import { TEACHING_ROLES } from "@/lib/auth/roles";
import { requireCohortLearner } from "@/lib/cohorts/access";
import { db } from "@/lib/db";
import { lessonIdSchema, slugSchema } from "@/lib/ids";
import { FEEDBACK_MAX_CHARS, type FeedbackResult } from "./types";

/** The quoted line is kept to this many characters. */
const QUOTE_CHARS = 200;
const MAX_LINES = 10_000;

const text = (what: string) =>
  z
    .string()
    .transform((s) => s.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().min(1, `Write a ${what} first.`).max(FEEDBACK_MAX_CHARS, `Keep the ${what} under ${FEEDBACK_MAX_CHARS} characters.`));

const feedbackIdSchema = z.string().min(1).max(64);
const addSchema = z.object({
  cohortId: z.string(),
  learnerId: z.string(),
  lessonId: lessonIdSchema,
  cellId: slugSchema(),
  line: z.number().int().min(1).max(MAX_LINES).nullable(),
  body: text("comment"),
});
const replySchema = z.object({ id: feedbackIdSchema, body: text("reply") });
const deleteSchema = z.object({ id: feedbackIdSchema });
const readSchema = z.object({ ids: z.array(feedbackIdSchema).min(1).max(200) });

const guarded = (body: () => Promise<FeedbackResult>) => onAuthError(body, refusal);
const firstProblem = (error: z.ZodError, fallback: string) => error.issues[0]?.message ?? fallback;

/**
 * The cohort's owner (or an ADMIN) comments on a member's saved code in one cell, on a line of it
 * or on the whole cell. The line must exist in the code as saved now; its text is kept with the comment.
 */
export async function addFeedback(input: unknown): Promise<FeedbackResult> {
  return guarded(async () => {
    const parsed = addSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: firstProblem(parsed.error, "Check the comment.") };
    const { cohortId, learnerId, lessonId, cellId, line, body } = parsed.data;
    const { user, cohort, learnerId: learner } = await requireCohortLearner(cohortId, learnerId);
    const saved = await db.codeSave.findUnique({ where: { userId_lessonId_cellId: { userId: learner, lessonId, cellId } }, select: { source: true } });
    if (saved?.source == null) return { ok: false, message: "This learner has no saved code in that cell." };
    const lines = saved.source.split("\n");
    if (line !== null && line > lines.length) return { ok: false, message: `The code has ${lines.length} line${lines.length === 1 ? "" : "s"}; choose one of them.` };
    await db.feedback.create({
      data: { cohortId: cohort.id, learnerId: learner, authorId: user.id, lessonId, cellId, line, quote: line === null ? "" : lines[line - 1]!.slice(0, QUOTE_CHARS), body },
    });
    revalidatePath(`/instructor/cohorts/${cohort.id}/learners/${learner}`);
    return { ok: true, message: `Comment posted on ${line === null ? "the whole cell" : `line ${line}`}.` };
  });
}

/** Its author (or an ADMIN) takes a comment back, reply and all. */
export async function deleteFeedback(input: unknown): Promise<FeedbackResult> {
  return guarded(async () => {
    const user = await requireRole(TEACHING_ROLES);
    const parsed = deleteSchema.safeParse(input);
    const row = parsed.success ? await db.feedback.findUnique({ where: { id: parsed.data.id }, select: { id: true, authorId: true, cohortId: true, learnerId: true } }) : null;
    if (!row || (user.role !== "ADMIN" && row.authorId !== user.id)) return { ok: false, message: "That comment does not exist or is not yours." };
    await db.feedback.delete({ where: { id: row.id } });
    revalidatePath(`/instructor/cohorts/${row.cohortId}/learners/${row.learnerId}`);
    return { ok: true, message: "Comment deleted." };
  });
}

/** The learner the comment is for answers it, once. */
export async function replyToFeedback(input: unknown): Promise<FeedbackResult> {
  return guarded(async () => {
    const user = await requireUser();
    const parsed = replySchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: firstProblem(parsed.error, "Check the reply.") };
    const row = await db.feedback.findUnique({ where: { id: parsed.data.id }, select: { learnerId: true, reply: true } });
    if (!row || row.learnerId !== user.id) return { ok: false, message: "That comment does not exist or is not for you." };
    // `reply: null` in the filter makes "once" hold even for two replies sent at the same moment.
    const updated = await db.feedback.updateMany({ where: { id: parsed.data.id, learnerId: user.id, reply: null }, data: { reply: parsed.data.body, repliedAt: new Date() } });
    if (updated.count === 0) return { ok: false, message: "You have already replied to this comment." };
    return { ok: true, message: "Reply sent." };
  });
}

/** The learner has seen these comments (the lesson page calls it once it shows them). */
export async function markFeedbackRead(input: unknown): Promise<FeedbackResult> {
  return guarded(async () => {
    const user = await requireUser();
    const parsed = readSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: "Choose the comments to mark." };
    const updated = await db.feedback.updateMany({ where: { id: { in: parsed.data.ids }, learnerId: user.id, readAt: null }, data: { readAt: new Date() } });
    return { ok: true, message: `${updated.count} marked as read.` };
  });
}
