import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { randomId } from "@/lib/ids";

/**
 * Sign-in and sign-up limits, counted in the database (every app instance sees the same counts).
 * A row is an attempt that has not succeeded: it is written *before* the password is checked, then
 * the count is read, so a parallel burst cannot slip past the limit (each request sees every
 * earlier row); a successful sign-in deletes its rows. In SIGNIN_WINDOW_MINUTES:
 * - the same email from the same address: refused past SIGNIN_MAX_FAILURES;
 * - one address, any emails: refused past 4 × SIGNIN_MAX_FAILURES;
 * - one email from many addresses: never refused, slowed down instead (a delay doubling from
 *   250 ms up to 8 s), so someone typing wrong passwords for another person's email cannot lock
 *   the owner out: the owner, from their own address, still gets in.
 * Sign-ups: SIGNUP_MAX_PER_HOUR per address.
 */
const SLOWDOWN_START_MS = 250;
const SLOWDOWN_MAX_MS = 8_000;

const keys = (email: string, address: string | null) => {
  const from = address ?? "unknown";
  return { pair: `pair:${email}|${from}`, address: `ip:${from}`, email: `email:${email}` };
};

const since = (minutes: number) => new Date(Date.now() - minutes * 60_000);
const count = (key: string, minutes = env.SIGNIN_WINDOW_MINUTES) => db.loginAttempt.count({ where: { key, createdAt: { gte: since(minutes) } } });

export type SignInGate =
  | { refused: true; message: string }
  | { refused: false; delayMs: number; succeeded(): Promise<void> };

/** Records this attempt and says whether it may go ahead (and after what delay). */
export async function beginSignIn(email: string, address: string | null): Promise<SignInGate> {
  const key = keys(email, address);
  const ids = [randomId(), randomId()];
  await db.loginAttempt.createMany({ data: [{ id: ids[0], key: key.pair }, { id: ids[1], key: key.address }] });
  const [pair, fromAddress] = await Promise.all([count(key.pair), count(key.address)]);
  if (pair > env.SIGNIN_MAX_FAILURES || fromAddress > env.SIGNIN_MAX_FAILURES * 4) {
    return { refused: true, message: RATE_LIMIT_MESSAGE };
  }
  // Only attempts that were let through count against the email, so a refused attacker does not
  // keep slowing the owner down.
  const emailId = randomId();
  await db.loginAttempt.create({ data: { id: emailId, key: key.email } });
  const byEmail = (await count(key.email)) - 1;
  const over = byEmail - env.SIGNIN_MAX_FAILURES;
  const delayMs = over < 0 ? 0 : Math.min(SLOWDOWN_MAX_MS, SLOWDOWN_START_MS * 2 ** over);
  return {
    refused: false,
    delayMs,
    async succeeded() {
      await db.loginAttempt.deleteMany({ where: { OR: [{ id: { in: [...ids, emailId] } }, { key: { in: [key.pair, key.email] } }] } });
    },
  };
}

/** Records a sign-up from `address`; false when that address is over its hourly limit. */
export async function allowSignUp(address: string | null): Promise<boolean> {
  const key = `signup:${address ?? "unknown"}`;
  await db.loginAttempt.create({ data: { id: randomId(), key } });
  return (await count(key, 60)) <= env.SIGNUP_MAX_PER_HOUR;
}

/** Old rows are useless; trimming on each failure keeps the table small without a scheduler. */
export async function trimAttempts(): Promise<void> {
  await db.loginAttempt.deleteMany({ where: { createdAt: { lt: since(Math.max(60, env.SIGNIN_WINDOW_MINUTES)) } } });
}

const RATE_LIMIT_MESSAGE = `Too many failed sign-in attempts. Please wait ${env.SIGNIN_WINDOW_MINUTES} minutes and try again.`;
export const SIGNUP_LIMIT_MESSAGE = "Too many accounts were created from your network in the last hour. Please try again later.";
