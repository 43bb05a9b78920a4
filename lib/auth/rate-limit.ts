import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

/**
 * Failed sign-ins are counted in the database (so every app instance sees the same counts) per
 * email and per client address. Past the limit, sign-in is refused until the window has passed.
 * Limits: SIGNIN_MAX_FAILURES per email and 4× that per address, in SIGNIN_WINDOW_MINUTES.
 */
function rateLimitKeys(email: string, ip: string | null): string[] {
  return [`email:${email}`, ...(ip ? [`ip:${ip}`] : [])];
}

function windowStart(): Date {
  return new Date(Date.now() - env.SIGNIN_WINDOW_MINUTES * 60_000);
}

export async function isSignInBlocked(email: string, ip: string | null): Promise<boolean> {
  const since = windowStart();
  const [byEmail, byIp] = await Promise.all([
    db.loginAttempt.count({ where: { key: `email:${email}`, createdAt: { gte: since } } }),
    ip ? db.loginAttempt.count({ where: { key: `ip:${ip}`, createdAt: { gte: since } } }) : 0,
  ]);
  return byEmail >= env.SIGNIN_MAX_FAILURES || byIp >= env.SIGNIN_MAX_FAILURES * 4;
}

export async function recordFailedSignIn(email: string, ip: string | null): Promise<void> {
  await db.loginAttempt.createMany({ data: rateLimitKeys(email, ip).map((key) => ({ key })) });
  // Old rows are useless; trimming here keeps the table small without a scheduler.
  await db.loginAttempt.deleteMany({ where: { createdAt: { lt: windowStart() } } });
}

export async function clearFailedSignIns(email: string): Promise<void> {
  await db.loginAttempt.deleteMany({ where: { key: `email:${email}` } });
}

export const RATE_LIMIT_MESSAGE = `Too many failed sign-in attempts. Please wait ${env.SIGNIN_WINDOW_MINUTES} minutes and try again.`;
