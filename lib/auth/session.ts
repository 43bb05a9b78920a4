import "server-only";
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { sessionToken } from "@/lib/http/early-refusals";

/**
 * Session lifetime and versions. A session token carries the user's sessionVersion from the moment
 * it was issued; a password change or "sign out of all other devices" bumps the version, so every
 * older token stops working at once (guards.ts and the jwt callback compare). The device that made
 * the change gets a fresh token with the new version, so it stays signed in.
 * Lifetime: SESSION_MAX_AGE_DAYS after the last renewal; the browser renews once a day
 * (components/auth/SessionRenewal.tsx), so a session in use does not expire and an idle one does.
 */
export const SESSION_MAX_AGE_SECONDS = 14 * 24 * 60 * 60;
export const SESSION_RENEW_SECONDS = 24 * 60 * 60;

/** The version a token carries; tokens from before versions existed carry none and count as 0. */
export const tokenVersion = (value: unknown) => (typeof value === "number" && Number.isInteger(value) ? value : 0);

/** next-auth's own cookie name and options (core/lib/cookie.js). */
function sessionCookie() {
  const secure = (env.NEXTAUTH_URL ?? "").startsWith("https://");
  return { name: `${secure ? "__Secure-" : ""}next-auth.session-token`, options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure } };
}

/**
 * The user id a request's session cookie claims, decoded without the database (nothing is
 * trusted from it but the key of a rate limit, so a flood is refused before it costs a query).
 */
export async function claimedUserId(request: Request): Promise<string | null> {
  const secret = env.NEXTAUTH_SECRET;
  const raw = sessionToken(request.headers.get("cookie"));
  if (!raw || !secret) return null;
  const token = await decode({ token: decodeURIComponent(raw), secret }).catch(() => null);
  return typeof token?.sub === "string" ? token.sub : null;
}

/** The user's current version, or null when the account is gone. */
export async function currentVersion(userId: string): Promise<number | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return user ? user.sessionVersion : null;
}

/**
 * Ends every session of the user but the caller's: bumps the version, then re-issues the caller's
 * session cookie with it. For server actions only (they may set cookies).
 */
export async function endOtherSessions(userId: string): Promise<void> {
  const { sessionVersion } = await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { sessionVersion: true } });
  const store = await cookies();
  const { name, options } = sessionCookie();
  const raw = store.get(name)?.value;
  const secret = env.NEXTAUTH_SECRET;
  if (!raw || !secret) return;
  const token = await decode({ token: raw, secret });
  if (!token || token.sub !== userId) return;
  const fresh = await encode({ token: { ...token, sv: sessionVersion }, secret, maxAge: SESSION_MAX_AGE_SECONDS });
  store.set(name, fresh, { ...options, maxAge: SESSION_MAX_AGE_SECONDS });
}
