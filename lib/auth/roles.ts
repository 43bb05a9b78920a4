import { z } from "zod";

/** Roles, stored as strings so the schema stays portable between SQLite and PostgreSQL. */
export const ROLES = ["LEARNER", "AUTHOR", "INSTRUCTOR", "ADMIN"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** Who may see draft lessons and author tools. */
export const CONTENT_ROLES: readonly Role[] = ["AUTHOR", "ADMIN"];
/** Who may review cohorts. */
export const TEACHING_ROLES: readonly Role[] = ["INSTRUCTOR", "ADMIN"];

export function hasRole(user: Pick<SessionUser, "role"> | null | undefined, roles: readonly Role[]): boolean {
  return !!user && roles.includes(user.role);
}
