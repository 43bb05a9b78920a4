import "server-only";
import { requireRole, requireUser } from "@/lib/auth/guards";
import { TEACHING_ROLES } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { requireCohortAccess } from "./access";
import { inviteCodeSchema, invitePath, isInviteExpired } from "./invite";

export interface CohortSummary {
  id: string;
  name: string;
  ownerName: string;
  members: number;
  createdAt: string;
  invitePath: string;
  inviteExpiresAt: string | null;
  inviteExpired: boolean;
}

type Row = { id: string; name: string; inviteCode: string; inviteExpiresAt: Date | null; createdAt: Date; owner: { name: string }; _count: { members: number } };

function toSummary(c: Row): CohortSummary {
  return {
    id: c.id,
    name: c.name,
    ownerName: c.owner.name,
    members: c._count.members,
    createdAt: c.createdAt.toISOString(),
    invitePath: invitePath(c.inviteCode),
    inviteExpiresAt: c.inviteExpiresAt?.toISOString() ?? null,
    inviteExpired: isInviteExpired(c.inviteExpiresAt),
  };
}

const include = { owner: { select: { name: true } }, _count: { select: { members: true } } } as const;

/** The cohorts the caller teaches; every cohort for an ADMIN. Others are refused. */
export async function listCohorts(): Promise<CohortSummary[]> {
  const user = await requireRole(TEACHING_ROLES);
  const rows = await db.cohort.findMany({
    where: user.role === "ADMIN" ? {} : { ownerId: user.id },
    include,
    orderBy: { createdAt: "desc" },
  });
  return rows.map(toSummary);
}

export async function getCohortSummary(cohortId: unknown): Promise<CohortSummary> {
  const { cohort } = await requireCohortAccess(cohortId);
  return toSummary(await db.cohort.findUniqueOrThrow({ where: { id: cohort.id }, include }));
}

export type InvitePreview =
  | { status: "valid"; cohortName: string; instructorName: string; alreadyMember: boolean }
  | { status: "invalid" | "expired" };

/** What the join page shows a signed-in user before they accept. Reveals nothing without a valid code. */
export async function previewInvite(code: unknown): Promise<InvitePreview> {
  const user = await requireUser();
  const parsed = inviteCodeSchema.safeParse(code);
  if (!parsed.success) return { status: "invalid" };
  const cohort = await db.cohort.findUnique({ where: { inviteCode: parsed.data }, include: { owner: { select: { name: true } } } });
  if (!cohort) return { status: "invalid" };
  if (isInviteExpired(cohort.inviteExpiresAt)) return { status: "expired" };
  const member = await db.cohortMember.findUnique({ where: { cohortId_userId: { cohortId: cohort.id, userId: user.id } } });
  return { status: "valid", cohortName: cohort.name, instructorName: cohort.owner.name, alreadyMember: member !== null };
}

/** The cohorts the caller has joined, for /me. */
export async function myMemberships(): Promise<Array<{ cohortName: string; instructorName: string; joinedAt: string }>> {
  const user = await requireUser();
  const rows = await db.cohortMember.findMany({
    where: { userId: user.id },
    include: { cohort: { select: { name: true, owner: { select: { name: true } } } } },
    orderBy: { joinedAt: "asc" },
  });
  return rows.map((r) => ({ cohortName: r.cohort.name, instructorName: r.cohort.owner.name, joinedAt: r.joinedAt.toISOString() }));
}
