import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { newInviteCode } from "@/lib/cohorts/invite";
import { compileLesson } from "@/lib/lessons/compile";
import { getCourse, visibleLessons } from "@/lib/lessons/course";
import type { StageKey } from "@/lib/lessons/stages";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { simulateCohort, type SimLearner, type SimLesson } from "./demo-activity";

export const DEMO_COHORT_NAME = "Demo cohort: Deep Learning Roadmap, autumn";

/** The simulated classmates of the demo learner. They cannot sign in (no password). */
const NAMES = [
  "Amara Okafor", "Bilal Haddad", "Chen Wei", "Daniela Ruiz", "Elif Yilmaz", "Farah Siddiqui",
  "Gabriel Costa", "Hana Sato", "Ibrahim Diallo", "Jonas Berg", "Kavya Iyer", "Liam O'Connor",
  "Mei Lin", "Nikolai Petrov", "Olivia Brown", "Pedro Alves", "Quynh Tran", "Rosa Martínez",
  "Samuel Mensah", "Tara Nair", "Uma Patel", "Viktor Novak", "Wanjiru Kamau", "Yusuf Aydın",
];
export const DEMO_CLASSMATES: SimLearner[] = NAMES.map((name) => ({
  name,
  email: `${name.toLowerCase().normalize("NFD").replace(/[^a-z ]/g, "").replace(/ /g, ".")}@students.example.com`,
}));

const NO_PASSWORD = "!demo-classmate-no-password";
const WEEKS = 6;

/** The published course as the simulation needs it: cells, exercises and quiz of each lesson, in order. */
async function courseForSimulation(): Promise<Array<SimLesson & { stage: StageKey }>> {
  const records = visibleLessons(await getCourse(), null);
  const lessons: Array<SimLesson & { stage: StageKey }> = [];
  for (const record of records) {
    const compiled = await compileLesson(record, { highlight: false });
    if (!compiled.ok) continue;
    const blocks = compiled.lesson.structure.blocks;
    lessons.push({
      id: record.id,
      stage: record.meta.stage,
      version: record.version,
      cells: blocks.flatMap((b) => (b.kind === "cell" ? [b.cellId] : [])),
      exercises: blocks.flatMap((b) =>
        b.kind === "exercise" ? [{ id: b.id, cellId: b.cellId, hints: b.hints, starter: b.starter.source, solution: b.solution.source }] : [],
      ),
      quiz: record.quiz,
    });
  }
  return lessons;
}

export type DemoCohortOutcome = { created: true; cohortId: string; learners: number; events: number; attempts: number } | { created: false; reason: string };

/**
 * The demo instructor's cohort: the demo learner and 24 simulated classmates with six weeks of
 * activity (prisma/demo-activity.ts), so the first instructor screen has something to show.
 * Call only where the demo accounts are seeded (never in production). Idempotent: once the
 * classmates exist it does nothing, so a cohort the instructor deleted stays deleted. Written in
 * one transaction, so an interrupted run leaves nothing half-made.
 */
export async function seedDemoCohort(now = new Date()): Promise<DemoCohortOutcome> {
  const instructorEmail = DEMO_ACCOUNTS.find((a) => a.role === "INSTRUCTOR")!.email;
  const learnerEmail = DEMO_ACCOUNTS.find((a) => a.role === "LEARNER")!.email;
  const instructor = await db.user.findUnique({ where: { email: instructorEmail }, select: { id: true } });
  if (!instructor) return { created: false, reason: "no demo instructor" };
  if (await db.user.findUnique({ where: { email: DEMO_CLASSMATES[0]!.email }, select: { id: true } })) {
    return { created: false, reason: "already seeded" };
  }
  const demoLearner = await db.user.findUnique({ where: { email: learnerEmail }, select: { id: true } });
  return seedSimulatedCohort({ name: DEMO_COHORT_NAME, ownerId: instructor.id, learners: DEMO_CLASSMATES, alsoMembers: demoLearner ? [demoLearner.id] : [], now, feedback: true });
}

/** What the demo instructor wrote on classmates' code (plain text, as every comment is). */
const DEMO_COMMENTS = [
  { body: "Nicely done. Could you do this without the intermediate variable? Try chaining the ops.", reply: "Oh, I see, like .sum(1).print(). Thanks!" },
  { body: "This works, but look at which axis you reduce over: what shape do you expect back?", reply: null },
  { body: "Good start. Remember to dispose what you create, or wrap it in tf.tidy.", reply: "Will do, I wrapped it in tidy now." },
  { body: "Clear and readable. One question for class on Thursday: why does this line need float32?", reply: null },
];

/** A comment on each of the first classmates' latest saved code, some answered: the demo shows feedback too. */
function demoFeedback(histories: ReturnType<typeof simulateCohort>, userIds: string[], cohortId: string, authorId: string, now: Date) {
  const rows: Prisma.FeedbackCreateManyInput[] = [];
  for (let i = 0; i < histories.length && rows.length < DEMO_COMMENTS.length; i++) {
    const save = histories[i]!.codeSaves.at(-1);
    if (!save) continue;
    const comment = DEMO_COMMENTS[rows.length]!;
    const lines = save.source.split("\n");
    const index = Math.max(0, lines.findIndex((l) => l.includes("tf.")));
    const createdAt = new Date(Math.min(now.getTime() - 3_600_000, save.updatedAt.getTime() + 86_400_000));
    rows.push({
      cohortId, learnerId: userIds[i]!, authorId, lessonId: save.lessonId, cellId: save.cellId,
      line: rows.length % 2 === 0 ? index + 1 : null, quote: rows.length % 2 === 0 ? lines[index]!.slice(0, 200) : "",
      body: comment.body, createdAt, readAt: comment.reply ? createdAt : null,
      reply: comment.reply, repliedAt: comment.reply ? new Date(createdAt.getTime() + 3_600_000) : null,
    });
  }
  return rows;
}

/**
 * A cohort of simulated learners with WEEKS of activity and three assignments (two past, one ahead),
 * written in one transaction. The demo cohort is one; the overview's scale test and benchmark
 * (scripts/seed-large-cohort.ts) seed a 200-learner one the same way.
 */
export async function seedSimulatedCohort(options: { name: string; ownerId: string; learners: readonly SimLearner[]; alsoMembers?: string[]; now?: Date; feedback?: boolean }) {
  const now = options.now ?? new Date();
  const start = new Date(now.getTime() - WEEKS * 7 * 86_400_000);
  const lessons = await courseForSimulation();
  const histories = simulateCohort(options.learners, lessons, { start, now });

  return db.$transaction(
    async (tx) => {
      const cohort = await tx.cohort.create({ data: { name: options.name, ownerId: options.ownerId, inviteCode: newInviteCode(), createdAt: start } });
      const users = histories.map((h) => ({ id: randomUUID() as string, email: h.learner.email, name: h.learner.name, passwordHash: NO_PASSWORD, role: "LEARNER", createdAt: h.joinedAt }));
      await tx.user.createMany({ data: users });
      const members = users.map((u, i) => ({ cohortId: cohort.id, userId: u.id, joinedAt: histories[i]!.joinedAt }));
      // Members without a made-up past (the demo learner): what they do shows up live.
      for (const userId of options.alsoMembers ?? []) members.push({ cohortId: cohort.id, userId, joinedAt: new Date(start.getTime() + 86_400_000) });
      await tx.cohortMember.createMany({ data: members });
      const events = histories.flatMap((h, i) => h.events.map((e) => ({ ...e, userId: users[i]!.id, clientId: randomUUID(), receivedAt: e.occurredAt })));
      const attempts = histories.flatMap((h, i) => h.attempts.map((a) => ({ ...a, userId: users[i]!.id, answer: JSON.stringify(a.answer) })));
      const saves = histories.flatMap((h, i) => h.codeSaves.map((c) => ({ ...c, userId: users[i]!.id, revision: 1, lastSaveId: randomUUID() })));
      for (let i = 0; i < events.length; i += 1000) await tx.progressEvent.createMany({ data: events.slice(i, i + 1000) });
      for (let i = 0; i < attempts.length; i += 1000) await tx.quizAttempt.createMany({ data: attempts.slice(i, i + 1000) });
      for (let i = 0; i < saves.length; i += 1000) await tx.codeSave.createMany({ data: saves.slice(i, i + 1000) });
      // Work set with deadlines: two past (so the overview shows done on time, late and missing), one ahead.
      const due = [
        { stage: "intro", at: start.getTime() + 10 * 86_400_000 },
        { stage: 1, at: start.getTime() + 24 * 86_400_000 },
        { stage: 2, at: now.getTime() + 5 * 86_400_000 },
      ];
      const endOfDay = (at: number) => new Date(new Date(at).toISOString().slice(0, 10) + "T23:59:00.000Z");
      await tx.assignment.createMany({
        data: due.flatMap((d) => lessons.filter((l) => l.stage === d.stage).map((l) => ({ cohortId: cohort.id, lessonId: l.id, dueAt: endOfDay(d.at) }))),
      });
      if (options.feedback) await tx.feedback.createMany({ data: demoFeedback(histories, users.map((u) => u.id), cohort.id, options.ownerId, now) });
      return { created: true as const, cohortId: cohort.id, learners: members.length, events: events.length, attempts: attempts.length };
    },
    { timeout: 300_000 },
  );
}
