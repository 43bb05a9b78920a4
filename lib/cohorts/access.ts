import "server-only";
import { AuthError, requireRole } from "@/lib/auth/guards";
import { hasRole, TEACHING_ROLES, type SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { cohortIdSchema, userIdSchema } from "@/lib/ids";

const NOT_YOURS = "That cohort does not exist or is not one of yours.";

export interface CohortRef {
  id: string;
  name: string;
  ownerId: string;
  inviteCode: string;
  inviteExpiresAt: Date | null;
  createdAt: Date;
}

/**
 * The caller must teach (INSTRUCTOR or ADMIN) and, unless ADMIN, own the cohort. A cohort that
 * exists but is someone else's gets the same answer as one that does not exist, so ids leak nothing.
 */
export async function requireCohortAccess(cohortId: unknown): Promise<{ user: SessionUser; cohort: CohortRef }> {
  const user = await requireRole(TEACHING_ROLES);
  const id = cohortIdSchema.safeParse(cohortId);
  if (!id.success) throw new AuthError("forbidden", NOT_YOURS);
  const cohort = await db.cohort.findUnique({ where: { id: id.data } });
  if (!cohort || (user.role !== "ADMIN" && cohort.ownerId !== user.id)) throw new AuthError("forbidden", NOT_YOURS);
  return { user, cohort };
}

/** The cohort, plus proof that `learnerId` is one of its members. */
export async function requireCohortLearner(cohortId: unknown, learnerId: unknown) {
  const access = await requireCohortAccess(cohortId);
  const id = userIdSchema.safeParse(learnerId);
  const member = id.success
    ? await db.cohortMember.findUnique({ where: { cohortId_userId: { cohortId: access.cohort.id, userId: id.data } } })
    : null;
  if (!member) throw new AuthError("forbidden", "That learner is not a member of this cohort.");
  return { ...access, learnerId: member.userId };
}

/**
 * Whether `caller` may read `learnerId`'s progress and code: themselves, an ADMIN, or an
 * INSTRUCTOR who owns a cohort the learner belongs to. AUTHORs see content, never learner data.
 */
export async function canViewLearner(caller: SessionUser, learnerId: string): Promise<boolean> {
  if (caller.id === learnerId || caller.role === "ADMIN") return true;
  if (!hasRole(caller, TEACHING_ROLES)) return false;
  const shared = await db.cohortMember.findFirst({ where: { userId: learnerId, cohort: { ownerId: caller.id } }, select: { userId: true } });
  return shared !== null;
}
