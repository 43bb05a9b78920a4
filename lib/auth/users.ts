import "server-only";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";

/** Creating users lives here so the sign-up action, the seed and the test factories share it. */
export async function createUser(input: { name: string; email: string; password: string; role?: Role }) {
  return db.user.create({
    data: { name: input.name, email: input.email, passwordHash: await hashPassword(input.password), role: input.role ?? "LEARNER" },
    select: { id: true, email: true, name: true, role: true },
  });
}

export async function emailTaken(email: string): Promise<boolean> {
  return (await db.user.count({ where: { email } })) > 0;
}
