"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db";
import { onAuthError, refusal, requireRole } from "@/lib/auth/guards";
import { roleSchema } from "@/lib/auth/roles";
import { userIdSchema } from "@/lib/ids";

const changeRoleSchema = z.object({ userId: userIdSchema, role: roleSchema });

export type ActionResult = { ok: true; message: string } | { ok: false; message: string };

/** Admins only: change a user's role. Refuses to remove the last admin. */
export async function changeRole(input: unknown): Promise<ActionResult> {
  return onAuthError(async () => {
    await requireRole(["ADMIN"]);
    const parsed = changeRoleSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: "Choose a user and one of the roles LEARNER, AUTHOR, INSTRUCTOR or ADMIN." };
    const { userId, role } = parsed.data;
    const target = await db.user.findUnique({ where: { id: userId }, select: { role: true, email: true } });
    if (!target) return { ok: false, message: "That user no longer exists." };
    if (target.role === "ADMIN" && role !== "ADMIN" && (await db.user.count({ where: { role: "ADMIN" } })) <= 1) {
      return { ok: false, message: "There must be at least one admin. Make someone else an admin first." };
    }
    await db.user.update({ where: { id: userId }, data: { role } });
    revalidatePath("/admin");
    return { ok: true, message: `${target.email} is now ${role}.` };
  }, refusal);
}
