"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { onAuthError, refusal, requireRole, requireUser } from "@/lib/auth/guards";
import { TEACHING_ROLES } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { cohortIdSchema, userIdSchema } from "@/lib/ids";
import { requireCohortAccess } from "./access";
import { inviteCodeSchema, invitePath, isInviteExpired, newInviteCode } from "./invite";

export type CohortActionResult = { ok: true; message: string; cohortId?: string; invitePath?: string } | { ok: false; message: string };

const expirySchema = z.coerce.number().int().min(1, "Expiry must be 1 to 365 days.").max(365, "Expiry must be 1 to 365 days.").optional();
const createSchema = z.object({
  name: z.string().trim().min(1, "Give the cohort a name.").max(80, "A cohort name is 80 characters at most."),
  expiresInDays: z.preprocess((v) => (v === "" || v === null ? undefined : v), expirySchema),
});

const days = (n: number | undefined) => (n ? new Date(Date.now() + n * 86_400_000) : null);

/** Runs `body`, turning an AuthError into a plain answer: actions never throw at the user. */
const guarded = (body: () => Promise<CohortActionResult>): Promise<CohortActionResult> => onAuthError(body, refusal);

/** INSTRUCTOR or ADMIN: a new cohort owned by the caller, with a fresh invite code. */
export async function createCohort(input: unknown): Promise<CohortActionResult> {
  return guarded(async () => {
    const user = await requireRole(TEACHING_ROLES);
    const parsed = createSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Check the cohort's name." };
    const cohort = await db.cohort.create({
      data: { name: parsed.data.name, ownerId: user.id, inviteCode: newInviteCode(), inviteExpiresAt: days(parsed.data.expiresInDays) },
    });
    revalidatePath("/instructor");
    return { ok: true, message: `Cohort "${cohort.name}" created.`, cohortId: cohort.id, invitePath: invitePath(cohort.inviteCode) };
  });
}

/** Any signed-in user with a valid, unexpired code joins (joining twice is harmless). */
export async function joinCohort(input: unknown): Promise<CohortActionResult> {
  return guarded(async () => {
    const user = await requireUser();
    const code = inviteCodeSchema.safeParse((input as { code?: unknown } | null)?.code);
    const INVALID = "This invite link is not valid. Ask your instructor for a new one.";
    if (!code.success) return { ok: false, message: INVALID };
    const cohort = await db.cohort.findUnique({ where: { inviteCode: code.data } });
    if (!cohort) return { ok: false, message: INVALID };
    if (isInviteExpired(cohort.inviteExpiresAt)) return { ok: false, message: "This invite link has expired. Ask your instructor for a new one." };
    if (cohort.ownerId === user.id) return { ok: false, message: "You teach this cohort, so you cannot join it as a learner." };
    await db.cohortMember.upsert({
      where: { cohortId_userId: { cohortId: cohort.id, userId: user.id } },
      create: { cohortId: cohort.id, userId: user.id },
      update: {},
    });
    return { ok: true, message: `You joined "${cohort.name}". Your instructor can now see your progress.`, cohortId: cohort.id };
  });
}

const memberSchema = z.object({ cohortId: cohortIdSchema, userId: userIdSchema });

/** The cohort's owner (or an ADMIN) removes a learner; their progress stays theirs. */
export async function removeMember(input: unknown): Promise<CohortActionResult> {
  return guarded(async () => {
    const parsed = memberSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: "Choose a cohort and a learner." };
    const { cohort } = await requireCohortAccess(parsed.data.cohortId);
    const removed = await db.cohortMember.deleteMany({ where: { cohortId: cohort.id, userId: parsed.data.userId } });
    if (removed.count === 0) return { ok: false, message: "That learner is not in this cohort." };
    revalidatePath(`/instructor/cohorts/${cohort.id}`);
    return { ok: true, message: "The learner was removed from the cohort." };
  });
}

/** A new invite code (the old link stops working), optionally expiring. */
export async function renewInvite(input: unknown): Promise<CohortActionResult> {
  return guarded(async () => {
    const parsed = z.object({ cohortId: cohortIdSchema, expiresInDays: createSchema.shape.expiresInDays }).safeParse(input);
    if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Choose a cohort." };
    const { cohort } = await requireCohortAccess(parsed.data.cohortId);
    const updated = await db.cohort.update({
      where: { id: cohort.id },
      data: { inviteCode: newInviteCode(), inviteExpiresAt: days(parsed.data.expiresInDays) },
    });
    revalidatePath(`/instructor/cohorts/${cohort.id}`);
    return { ok: true, message: "A new invite link was made; the old one no longer works.", invitePath: invitePath(updated.inviteCode) };
  });
}
