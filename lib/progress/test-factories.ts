import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Role } from "@/lib/auth/roles";
import { newInviteCode } from "@/lib/cohorts/invite";

/**
 * Factories for progress, code, cohorts and quiz attempts, shared by the unit tests and the
 * benchmark. They write rows directly (no argon2, no HTTP), so hundreds of learners take a moment.
 */
let counter = 0;
const unique = () => `${Date.now().toString(36)}-${process.pid}-${(counter += 1)}`;

/** Users without a usable password (tests that need to sign in use prisma/factories makeUser). */
export async function makeUsers(count: number, role: Role = "LEARNER", namePrefix = "Learner") {
  const rows = Array.from({ length: count }, (_, i) => {
    const id = `u-${unique()}`;
    return { id, email: `${id}@example.test`, name: `${namePrefix} ${i + 1}`, passwordHash: "!factory-no-password", role };
  });
  for (let i = 0; i < rows.length; i += 500) await db.user.createMany({ data: rows.slice(i, i + 500) });
  return rows;
}

export interface EventSpec {
  userId: string;
  lessonId: string;
  type?: "lesson-opened" | "cell-run" | "exercise-check" | "hint-viewed" | "solution-viewed";
  target?: string;
  ok?: boolean | null;
  occurredAt?: Date;
  detail?: string | null;
}

function eventRow(spec: EventSpec) {
  return {
    userId: spec.userId,
    clientId: randomUUID(),
    lessonId: spec.lessonId,
    type: spec.type ?? "lesson-opened",
    target: spec.target ?? "",
    ok: spec.ok ?? null,
    detail: spec.detail ?? null,
    occurredAt: spec.occurredAt ?? new Date(),
  };
}

export async function makeProgressEvents(specs: EventSpec[]) {
  const rows = specs.map(eventRow);
  for (let i = 0; i < rows.length; i += 1000) await db.progressEvent.createMany({ data: rows.slice(i, i + 1000) });
  return rows;
}

export interface AttemptSpec {
  userId: string;
  lessonId: string;
  questionId: string;
  answer: unknown;
  correct: boolean;
  createdAt?: Date;
}

export async function makeQuizAttempts(specs: AttemptSpec[]) {
  const rows = specs.map((s) => ({ ...s, answer: JSON.stringify(s.answer), createdAt: s.createdAt ?? new Date() }));
  for (let i = 0; i < rows.length; i += 1000) await db.quizAttempt.createMany({ data: rows.slice(i, i + 1000) });
  return rows;
}

export async function makeCohort(ownerId: string, memberIds: readonly string[] = [], overrides: Partial<{ name: string; inviteExpiresAt: Date | null }> = {}) {
  const cohort = await db.cohort.create({
    data: { name: overrides.name ?? `Cohort ${unique()}`, ownerId, inviteCode: newInviteCode(), inviteExpiresAt: overrides.inviteExpiresAt ?? null },
  });
  for (let i = 0; i < memberIds.length; i += 500) {
    await db.cohortMember.createMany({ data: memberIds.slice(i, i + 500).map((userId) => ({ cohortId: cohort.id, userId })) });
  }
  return cohort;
}

export async function makeCodeSave(spec: { userId: string; lessonId: string; cellId: string; source: string | null; revision?: number; version?: string }) {
  return db.codeSave.create({
    data: {
      userId: spec.userId,
      lessonId: spec.lessonId,
      cellId: spec.cellId,
      source: spec.source,
      revision: spec.revision ?? 1,
      lessonVersion: spec.version ?? "v1",
      lastSaveId: randomUUID(),
    },
  });
}

/**
 * A big synthetic cohort for the benchmark: `learners` learners over `lessons` lessons (2 exercises
 * and 4 quiz questions each), each learner somewhere along the course with realistic event counts.
 */
export async function makeLargeCohort(options: { learners: number; lessons: number; now?: Date }) {
  const now = options.now ?? new Date();
  const lessons = Array.from({ length: options.lessons }, (_, i) => ({
    id: `bench-lesson-${i + 1}`, title: `Bench lesson ${i + 1}`, stage: ((i % 6) + 1) as 1 | 2 | 3 | 4 | 5 | 6,
    exerciseIds: ["first", "second"], quizQuestionIds: ["q1", "q2", "q3", "q4"],
  }));
  const [owner] = await makeUsers(1, "INSTRUCTOR", "Bench instructor");
  const learners = await makeUsers(options.learners, "LEARNER", "Bench learner");
  const cohort = await makeCohort(owner!.id, learners.map((l) => l.id), { name: "Bench cohort" });
  const events: EventSpec[] = [];
  const attempts: AttemptSpec[] = [];
  learners.forEach((learner, n) => {
    const reached = n % (options.lessons + 1);
    for (let i = 0; i < reached; i++) {
      const lessonId = lessons[i]!.id;
      const at = (minutes: number) => new Date(now.getTime() - ((reached - i) * 86_400_000) / 2 + minutes * 60_000);
      events.push({ userId: learner.id, lessonId, type: "lesson-opened", occurredAt: at(0) });
      for (let c = 1; c <= 5; c++) events.push({ userId: learner.id, lessonId, type: "cell-run", target: `cell-${c}`, ok: c !== 3, occurredAt: at(c) });
      for (const [k, ex] of ["first", "second"].entries()) {
        events.push({ userId: learner.id, lessonId, type: "exercise-check", target: ex, ok: false, occurredAt: at(10 + k) });
        events.push({ userId: learner.id, lessonId, type: "exercise-check", target: ex, ok: true, occurredAt: at(12 + k) });
      }
      for (const [k, q] of ["q1", "q2", "q3", "q4"].entries()) {
        attempts.push({ userId: learner.id, lessonId, questionId: q, answer: "a", correct: (n + k) % 3 !== 0, createdAt: at(20 + k) });
      }
    }
  });
  await makeProgressEvents(events);
  await makeQuizAttempts(attempts);
  return { cohortId: cohort.id, lessons, events: events.length, attempts: attempts.length };
}
