"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db";
import { onAuthError, refusal, requireRole } from "@/lib/auth/guards";
import { roleSchema, type Role } from "@/lib/auth/roles";
import { userIdSchema } from "@/lib/ids";

const changeRoleSchema = z.object({ userId: userIdSchema, role: roleSchema });

export type ActionResult = { ok: true; message: string } | { ok: false; message: string };

/** Admins only: change a user's role. Refuses to remove the last admin. */
export async function changeRole(input: unknown): Promise<ActionResult> {
  return onAuthError(async () => {
    await requireRole(["ADMIN"]);
    const parsed = changeRoleSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: "Choose a user and one of the roles LEARNER, AUTHOR, INSTRUCTOR or ADMIN." };
    const result = await db.$transaction((tx) => applyRoleChange(tx, parsed.data.userId, parsed.data.role));
    if (result.ok) revalidatePath("/admin");
    return result;
  }, refusal);
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/**
 * The last-admin rule, race-free. Two admins demoting each other at once must not both see "there
 * is another admin": the first statement locks every admin row (a no-op write: PostgreSQL row
 * locks, SQLite's write lock) and counts them in one go, so a concurrent change waits for this
 * transaction and then counts what it left. Raw SQL so that no-op does not touch `updatedAt`.
 */
async function applyRoleChange(tx: Tx, userId: string, role: Role): Promise<ActionResult> {
  const admins = await tx.$executeRaw`UPDATE "User" SET "role" = "role" WHERE "role" = 'ADMIN'`;
  const target = await tx.user.findUnique({ where: { id: userId }, select: { role: true, email: true } });
  if (!target) return { ok: false, message: "That user no longer exists." };
  if (target.role === "ADMIN" && role !== "ADMIN" && admins <= 1) {
    return { ok: false, message: "There must be at least one admin. Make someone else an admin first." };
  }
  await tx.user.update({ where: { id: userId }, data: { role } });
  return { ok: true, message: `${target.email} is now ${role}.` };
}
