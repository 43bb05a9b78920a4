import "server-only";
import { requireUser } from "@/lib/auth/guards";
import { requireCohortLearner } from "@/lib/cohorts/access";
import { db } from "@/lib/db";
import { lessonIdSchema } from "@/lib/ids";
import type { FeedbackItem } from "./types";

/** The latest this many comments are listed on /me (the unread count covers all of them). */
const ME_LIMIT = 50;

const SELECT = {
  id: true,
  lessonId: true,
  cellId: true,
  line: true,
  quote: true,
  body: true,
  createdAt: true,
  readAt: true,
  reply: true,
  repliedAt: true,
  author: { select: { name: true } },
} as const;

type Row = { id: string; lessonId: string; cellId: string; line: number | null; quote: string; body: string; createdAt: Date; readAt: Date | null; reply: string | null; repliedAt: Date | null; author: { name: string } };

const toItem = (r: Row): FeedbackItem => ({
  id: r.id,
  lessonId: r.lessonId,
  cellId: r.cellId,
  line: r.line,
  quote: r.quote,
  body: r.body,
  authorName: r.author.name,
  createdAt: r.createdAt.toISOString(),
  read: r.readAt !== null,
  reply: r.reply,
  repliedAt: r.repliedAt?.toISOString() ?? null,
});

/** What this cohort's instructors wrote on one learner's code in one lesson: the cohort's owner or an ADMIN only. */
export async function getLearnerFeedback(cohortId: unknown, learnerId: unknown, lessonId: unknown): Promise<FeedbackItem[]> {
  const { cohort, learnerId: id } = await requireCohortLearner(cohortId, learnerId);
  const lesson = lessonIdSchema.safeParse(lessonId);
  if (!lesson.success) return [];
  const rows = await db.feedback.findMany({ where: { cohortId: cohort.id, learnerId: id, lessonId: lesson.data }, select: SELECT, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map(toItem);
}

/** The feedback a learner has on one lesson, from any of their cohorts, oldest first; [] for an id that is no lesson. */
export async function lessonFeedbackFor(userId: string, lessonId: string): Promise<FeedbackItem[]> {
  if (!lessonIdSchema.safeParse(lessonId).success) return [];
  const rows = await db.feedback.findMany({ where: { learnerId: userId, lessonId }, select: SELECT, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map(toItem);
}

/** The signed-in learner's feedback across lessons, newest first, and how many they have not seen. */
export async function getMyFeedback(): Promise<{ items: FeedbackItem[]; unread: number }> {
  const { id } = await requireUser();
  const [rows, unread] = await Promise.all([
    db.feedback.findMany({ where: { learnerId: id }, select: SELECT, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: ME_LIMIT }),
    db.feedback.count({ where: { learnerId: id, readAt: null } }),
  ]);
  return { items: rows.map(toItem), unread };
}
