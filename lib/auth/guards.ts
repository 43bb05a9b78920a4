import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";
import { hasRole, roleSchema, type Role, type SessionUser } from "@/lib/auth/roles";
import { tokenVersion } from "@/lib/auth/session";
import { db } from "@/lib/db";

/**
 * The one place that decides who is asking. Every server action, route handler and protected page
 * calls one of these; hiding a link in the UI is never the check.
 *
 * The role is re-read from the database on every call, so a role change by an admin takes effect
 * at once, and a deleted account loses access even while its JWT is still valid; so does a token
 * older than the user's session version (lib/auth/session.ts). Memoised per
 * request (React cache), so the layout and the page share one lookup.
 */
export const getCurrentUser = cache(async function getCurrentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const found = await db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true, sessionVersion: true } });
  // A token from before a password change or "sign out of all other devices" is no session.
  if (!found || found.sessionVersion !== tokenVersion(session.user?.sessionVersion)) return null;
  const { sessionVersion: _version, ...user } = found;
  const role = roleSchema.safeParse(user.role);
  return { ...user, role: role.success ? role.data : "LEARNER" };
});

export class AuthError extends Error {
  constructor(
    readonly reason: "unauthenticated" | "forbidden",
    message = reason === "unauthenticated" ? "Please sign in first." : "You do not have access to this.",
  ) {
    super(message);
    this.name = "AuthError";
  }
}

/**
 * Runs `body`; an AuthError becomes whatever `refused` makes of it (a result, a 401, a not-found
 * page), so a refusal never reaches the user as an error page. Any other error propagates.
 */
export async function onAuthError<T, R>(body: () => Promise<T>, refused: (error: AuthError) => R): Promise<T | R> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof AuthError) return refused(error);
    throw error;
  }
}

/** The refusal as a server action's result: `{ ok: false, message }`. */
export const refusal = (error: AuthError) => ({ ok: false as const, message: error.message });

/** For server actions and route handlers: throws AuthError when nobody is signed in. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AuthError("unauthenticated");
  return user;
}

/** For server actions and route handlers: throws AuthError unless the caller has one of the roles. */
export async function requireRole(roles: readonly Role[]): Promise<SessionUser> {
  const user = await requireUser();
  if (!hasRole(user, roles)) throw new AuthError("forbidden");
  return user;
}

/** For pages: redirects to sign-in (and back) when signed out; shows 403 when the role is missing. */
export async function requirePageRole(roles: readonly Role[] | null, returnTo: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (roles && !hasRole(user, roles)) redirect(`/forbidden`);
  return user;
}
