import "server-only";
import { db } from "@/lib/db";
import { requireRole } from "@/lib/auth/guards";
import { roleSchema, type Role } from "@/lib/auth/roles";

export interface UserRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  createdAt: Date;
}

/** Admins only. */
export async function listUsers(): Promise<UserRow[]> {
  await requireRole(["ADMIN"]);
  const users = await db.user.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, email: true, role: true, createdAt: true },
  });
  return users.map((u) => ({ ...u, role: roleSchema.catch("LEARNER").parse(u.role) }));
}
