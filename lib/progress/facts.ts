import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { NO_FACTS, type LearnerFacts } from "./completion";

interface MutableFacts {
  startedAt: Date | null;
  lastActiveAt: Date | null;
  exercisesPassed: Map<string, Date>;
  quizAnswered: Map<string, Date>;
  quizCorrect: Map<string, Date>;
}

/** userId -> lessonId -> facts. */
export type FactsIndex = Map<string, Map<string, LearnerFacts>>;

type Stamp = Date | string | null;
const toDate = (v: Stamp) => (v === null ? null : v instanceof Date ? v : new Date(v));
const earlier = (a: Date | null, b: Date | null) => (!a ? b : !b ? a : a < b ? a : b);
const later = (a: Date | null, b: Date | null) => (!a ? b : !b ? a : a > b ? a : b);

export function factsOf(index: FactsIndex, userId: string, lessonId: string): LearnerFacts {
  return index.get(userId)?.get(lessonId) ?? NO_FACTS;
}

/**
 * The first and last times that completion and reports need, aggregated in the database.
 * Plain SQL (quoted identifiers, no provider functions: the same text runs on SQLite and
 * PostgreSQL) because Prisma's groupBy costs several times more on a 500-learner cohort (see
 * docs/benchmarks.md). SQLite hands timestamps back as ISO text, PostgreSQL as Date: both are read.
 * No authorisation here: callers check who may see these users first.
 */
export async function loadFacts(userIds: readonly string[]): Promise<FactsIndex> {
  const index: FactsIndex = new Map();
  if (userIds.length === 0) return index;
  const users = Prisma.join([...userIds]);
  const activity = await db.$queryRaw<Array<{ userId: string; lessonId: string; first: Stamp; last: Stamp }>>`
    SELECT "userId", "lessonId", MIN("occurredAt") AS "first", MAX("occurredAt") AS "last"
    FROM "ProgressEvent" WHERE "userId" IN (${users}) GROUP BY "userId", "lessonId"`;
  const passes = await db.$queryRaw<Array<{ userId: string; lessonId: string; target: string; first: Stamp }>>`
    SELECT "userId", "lessonId", "target", MIN("occurredAt") AS "first"
    FROM "ProgressEvent" WHERE "userId" IN (${users}) AND "type" = 'exercise-check' AND "ok" = ${true}
    GROUP BY "userId", "lessonId", "target"`;
  const quiz = await db.$queryRaw<Array<{ userId: string; lessonId: string; questionId: string; first: Stamp; last: Stamp; firstCorrect: Stamp }>>`
    SELECT "userId", "lessonId", "questionId", MIN("createdAt") AS "first", MAX("createdAt") AS "last",
      MIN(CASE WHEN "correct" THEN "createdAt" END) AS "firstCorrect"
    FROM "QuizAttempt" WHERE "userId" IN (${users}) GROUP BY "userId", "lessonId", "questionId"`;

  const get = (userId: string, lessonId: string): MutableFacts => {
    let lessons = index.get(userId);
    if (!lessons) index.set(userId, (lessons = new Map()));
    let facts = lessons.get(lessonId) as MutableFacts | undefined;
    if (!facts) {
      facts = { startedAt: null, lastActiveAt: null, exercisesPassed: new Map(), quizAnswered: new Map(), quizCorrect: new Map() };
      lessons.set(lessonId, facts);
    }
    return facts;
  };

  for (const row of activity) {
    const f = get(row.userId, row.lessonId);
    f.startedAt = earlier(f.startedAt, toDate(row.first));
    f.lastActiveAt = later(f.lastActiveAt, toDate(row.last));
  }
  for (const row of passes) {
    const first = toDate(row.first);
    if (first) get(row.userId, row.lessonId).exercisesPassed.set(row.target, first);
  }
  for (const row of quiz) {
    const f = get(row.userId, row.lessonId);
    const first = toDate(row.first);
    const firstCorrect = toDate(row.firstCorrect);
    if (first) f.quizAnswered.set(row.questionId, first);
    if (firstCorrect) f.quizCorrect.set(row.questionId, firstCorrect);
    f.startedAt = earlier(f.startedAt, first);
    f.lastActiveAt = later(f.lastActiveAt, toDate(row.last));
  }
  return index;
}
