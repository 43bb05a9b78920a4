/**
 * Requests the app has just refused for a rate limit, remembered per session cookie so that the
 * production server (scripts/serve.ts) can refuse the next ones itself, before Next routes them:
 * a learner flooding /api/progress then costs a map lookup per request instead of a full request,
 * and other learners' writes are not slowed (bench:server). It only ever refuses, never admits:
 * the app still checks the limit on every request that reaches it. Shared through globalThis
 * because serve.ts and the app's bundles are separate module graphs in one process.
 */

export const PROGRESS_LIMIT_MESSAGE = "Too many progress writes in a minute. Your progress is kept in this browser and will be sent shortly.";

const MAX_ENTRIES = 10_000;
const KEY = Symbol.for("deep-learning-roadmap-notebooks.early-refusals");
const store = globalThis as unknown as Record<symbol, Map<string, number> | undefined>;
const refusals: Map<string, number> = (store[KEY] ??= new Map());

/** The names next-auth gives its session cookie (the second when the site is served over https). */
export const SESSION_COOKIE_NAMES: readonly string[] = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/** The session cookie's value in a Cookie header (either name), or null. */
export function sessionToken(cookieHeader: string | null | undefined): string | null {
  for (const part of (cookieHeader ?? "").split(/;\s*/)) {
    const eq = part.indexOf("=");
    if (SESSION_COOKIE_NAMES.includes(part.slice(0, eq))) return part.slice(eq + 1) || null;
  }
  return null;
}

/** Remembers that requests with this session token are refused for `seconds`. */
export function rememberRefusal(token: string, seconds: number, now = Date.now()): void {
  if (refusals.size >= MAX_ENTRIES) {
    for (const [k, until] of refusals) if (until <= now) refusals.delete(k);
    if (refusals.size >= MAX_ENTRIES) refusals.clear();
  }
  refusals.set(token, now + seconds * 1000);
}

/** Seconds this token is still refused for, or 0. */
export function refusedFor(token: string | null, now = Date.now()): number {
  if (!token) return 0;
  const until = refusals.get(token);
  if (until === undefined) return 0;
  if (until <= now) {
    refusals.delete(token);
    return 0;
  }
  return Math.ceil((until - now) / 1000);
}
